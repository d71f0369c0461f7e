import { changeLog, meetingReader } from '../shared/adapters';
import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { makeListMeetingFiles } from '../shared/app/council/meeting-files';
import { httpHandler } from '../shared/http/http-handler';
import { listProvinceMeetingFiles } from '../shared/http/routes/meeting-file-routes';
import { compose } from '../shared/runtime';

const list = compose(makeListMeetingFiles, { councils: meetingReader, changeLog }, PROVINCE_COUNCIL);

export const handler = httpHandler(listProvinceMeetingFiles, ({ principal, params }) =>
  list(principal, params.id),
);
