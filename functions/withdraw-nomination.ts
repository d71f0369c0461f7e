import { makeWithdrawNomination } from '../shared/app/nominations/withdraw-nomination';
import { httpHandler } from '../shared/http/http-handler';
import { withdrawNomination } from '../shared/http/routes/nominations';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const withdraw = makeWithdrawNomination(ports);

export const handler = httpHandler(
  withdrawNomination,
  ({ principal, params, body, expectedVersion }) =>
    withdraw(principal, params.id, body.reason, expectedVersion),
  { idempotencyStore },
);
