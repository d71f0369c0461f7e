import { changeLog, clock, fileLimits, ids, meetingReader } from '../shared/adapters';
import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { makeRecordMeetingFile } from '../shared/app/council/meeting-files';
import { httpHandler } from '../shared/http/http-handler';
import { recordProvinceMeetingFile } from '../shared/http/routes/meeting-file-routes';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const record = compose(
  makeRecordMeetingFile,
  { councils: meetingReader, clock, ids, files, changeLog, fileLimits },
  PROVINCE_COUNCIL,
);

export const handler = httpHandler(recordProvinceMeetingFile, ({ principal, params, body }) =>
  record(principal, params.id, body),
);
