import { makeCloseMeeting } from '../shared/app/council/close-meeting';
import { httpHandler } from '../shared/http/http-handler';
import { closeMeeting } from '../shared/http/routes/council';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const close = makeCloseMeeting(ports);

export const handler = httpHandler(closeMeeting, ({ principal, params }) => close(principal, params.id), {
  idempotencyStore,
});
