import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { makeListMeetings } from '../shared/app/council/get-meeting';
import { httpHandler } from '../shared/http/http-handler';
import { listProvinceMeetings } from '../shared/http/routes/province-council';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const list = makeListMeetings(ports, PROVINCE_COUNCIL);

export const handler = httpHandler(listProvinceMeetings, ({ principal, query }) => list(principal, query));
