import { changeLog, clock, fileLimits, ids, meetingReader } from '../shared/adapters';
import { makeMeetingFileLink } from '../shared/app/council/meeting-files';
import { httpHandler } from '../shared/http/http-handler';
import { getMeetingFileLink } from '../shared/http/routes/meeting-file-routes';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const link = compose(makeMeetingFileLink, {
  councils: meetingReader,
  clock,
  ids,
  files,
  changeLog,
  fileLimits,
});

export const handler = httpHandler(getMeetingFileLink, ({ principal, params, body }) =>
  link(principal, params.id, params.fileId, { inline: body.inline ?? false }),
);
