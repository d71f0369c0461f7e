import { makeCloseMeeting } from '../shared/app/council/close-meeting';
import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { httpHandler } from '../shared/http/http-handler';
import { closeProvinceMeeting } from '../shared/http/routes/province-council';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const close = makeCloseMeeting(ports, PROVINCE_COUNCIL);

export const handler = httpHandler(
  closeProvinceMeeting,
  ({ principal, params }) => close(principal, params.id),
  {
    idempotencyStore,
  },
);
