import { changeLog, clock, fileLimits, ids, meetingReader } from '../shared/adapters';
import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { makeRequestMeetingUpload } from '../shared/app/council/meeting-files';
import { httpHandler } from '../shared/http/http-handler';
import { requestProvinceMeetingFileUpload } from '../shared/http/routes/meeting-file-routes';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const request = compose(
  makeRequestMeetingUpload,
  { councils: meetingReader, clock, ids, files, changeLog, fileLimits },
  PROVINCE_COUNCIL,
);

export const handler = httpHandler(requestProvinceMeetingFileUpload, ({ principal, params, body }) =>
  request(principal, params.id, body),
);
