import { makeOpenMeeting } from '../shared/app/council/open-meeting';
import { httpHandler } from '../shared/http/http-handler';
import { openMeeting } from '../shared/http/routes/council';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const open = makeOpenMeeting(ports);

export const handler = httpHandler(openMeeting, ({ principal, body }) => open(principal, body), {
  idempotencyStore,
});
