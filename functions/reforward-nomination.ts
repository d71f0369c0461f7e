import { makeReforwardNomination } from '../shared/app/decisions/province-steps';
import { httpHandler } from '../shared/http/http-handler';
import { reforwardNomination } from '../shared/http/routes/decisions';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const reforward = makeReforwardNomination(ports);

export const handler = httpHandler(
  reforwardNomination,
  ({ principal, params, body, expectedVersion }) =>
    reforward(principal, params.id, body.note, expectedVersion),
  { idempotencyStore },
);
