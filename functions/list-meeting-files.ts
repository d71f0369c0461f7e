import { changeLog, meetingReader } from '../shared/adapters';
import { makeListMeetingFiles } from '../shared/app/council/meeting-files';
import { httpHandler } from '../shared/http/http-handler';
import { listMeetingFiles } from '../shared/http/routes/meeting-file-routes';
import { compose } from '../shared/runtime';

const list = compose(makeListMeetingFiles, { councils: meetingReader, changeLog });

export const handler = httpHandler(listMeetingFiles, ({ principal, params }) => list(principal, params.id));
