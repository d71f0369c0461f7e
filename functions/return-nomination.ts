import { makeReturnNomination } from '../shared/app/secretariat/return-nomination';
import { httpHandler } from '../shared/http/http-handler';
import { returnNomination } from '../shared/http/routes/secretariat';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const giveBack = makeReturnNomination(ports);

export const handler = httpHandler(
  returnNomination,
  ({ principal, params, body, expectedVersion }) => giveBack(principal, params.id, body, expectedVersion),
  { idempotencyStore },
);
