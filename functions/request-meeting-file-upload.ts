import { changeLog, clock, fileLimits, ids, meetingReader } from '../shared/adapters';
import { makeRequestMeetingUpload } from '../shared/app/council/meeting-files';
import { httpHandler } from '../shared/http/http-handler';
import { requestMeetingFileUpload } from '../shared/http/routes/meeting-file-routes';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const request = compose(makeRequestMeetingUpload, {
  councils: meetingReader,
  clock,
  ids,
  files,
  changeLog,
  fileLimits,
});

export const handler = httpHandler(requestMeetingFileUpload, ({ principal, params, body }) =>
  request(principal, params.id, body),
);
