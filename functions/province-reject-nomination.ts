import { clock, nominations, ruleOverrides } from '../shared/adapters';
import { makeProvinceReject } from '../shared/app/decisions/province-steps';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { provinceRejectNomination } from '../shared/http/routes/decisions';
import { compose } from '../shared/runtime';

const reject = compose(makeProvinceReject, { nominations, clock, ruleOverrides });

export const handler = idempotentHandler(
  provinceRejectNomination,
  ({ principal, params, body, expectedVersion }) =>
    reject(principal, params.id, body.reason, expectedVersion),
);
