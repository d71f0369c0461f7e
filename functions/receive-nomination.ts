import { makeReceiveNomination } from '../shared/app/decisions/province-steps';
import { httpHandler } from '../shared/http/http-handler';
import { receiveNomination } from '../shared/http/routes/decisions';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const receive = makeReceiveNomination(ports);

export const handler = httpHandler(
  receiveNomination,
  ({ principal, params, expectedVersion }) => receive(principal, params.id, expectedVersion),
  { idempotencyStore },
);
