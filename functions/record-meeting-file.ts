import { changeLog, clock, fileLimits, ids, meetingReader } from '../shared/adapters';
import { makeRecordMeetingFile } from '../shared/app/council/meeting-files';
import { httpHandler } from '../shared/http/http-handler';
import { recordMeetingFile } from '../shared/http/routes/meeting-file-routes';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const record = compose(makeRecordMeetingFile, {
  councils: meetingReader,
  clock,
  ids,
  files,
  changeLog,
  fileLimits,
});

export const handler = httpHandler(recordMeetingFile, ({ principal, params, body }) =>
  record(principal, params.id, body),
);
