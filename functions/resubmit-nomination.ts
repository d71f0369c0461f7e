import { makeResubmitNomination } from '../shared/app/nominations/resubmit-nomination';
import { httpHandler } from '../shared/http/http-handler';
import { resubmitNomination } from '../shared/http/routes/nominations';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const resubmit = makeResubmitNomination(ports);

export const handler = httpHandler(
  resubmitNomination,
  ({ principal, params, body, expectedVersion }) => resubmit(principal, params.id, body, expectedVersion),
  { idempotencyStore },
);
