import { makeAcceptNomination } from '../shared/app/secretariat/accept-nomination';
import { httpHandler } from '../shared/http/http-handler';
import { acceptNomination } from '../shared/http/routes/secretariat';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const accept = makeAcceptNomination(ports);

export const handler = httpHandler(
  acceptNomination,
  ({ principal, params, expectedVersion }) => accept(principal, params.id, expectedVersion),
  { idempotencyStore },
);
