import { makeProvinceReject } from '../shared/app/decisions/province-steps';
import { httpHandler } from '../shared/http/http-handler';
import { provinceRejectNomination } from '../shared/http/routes/decisions';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const reject = makeProvinceReject(ports);

export const handler = httpHandler(
  provinceRejectNomination,
  ({ principal, params, body, expectedVersion }) =>
    reject(principal, params.id, body.reason, expectedVersion),
  { idempotencyStore },
);
