import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { makeOpenMeeting } from '../shared/app/council/open-meeting';
import { httpHandler } from '../shared/http/http-handler';
import { openProvinceMeeting } from '../shared/http/routes/province-council';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const open = makeOpenMeeting(ports, PROVINCE_COUNCIL);

export const handler = httpHandler(openProvinceMeeting, ({ principal, body }) => open(principal, body), {
  idempotencyStore,
});
