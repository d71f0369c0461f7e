import { makeListMeetings } from '../shared/app/council/get-meeting';
import { httpHandler } from '../shared/http/http-handler';
import { listMeetings } from '../shared/http/routes/council';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const list = makeListMeetings(ports);

export const handler = httpHandler(listMeetings, ({ principal, query }) => list(principal, query));
