import { makeProvinceReturn } from '../shared/app/decisions/province-steps';
import { httpHandler } from '../shared/http/http-handler';
import { provinceReturnNomination } from '../shared/http/routes/decisions';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const giveBack = makeProvinceReturn(ports);

export const handler = httpHandler(
  provinceReturnNomination,
  ({ principal, params, body, expectedVersion }) =>
    giveBack(principal, params.id, body.reason, expectedVersion),
  { idempotencyStore },
);
