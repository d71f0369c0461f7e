import { clock, nominations, ruleOverrides } from '../shared/adapters';
import { makeProvinceReturn } from '../shared/app/decisions/province-steps';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { provinceReturnNomination } from '../shared/http/routes/decisions';
import { compose } from '../shared/runtime';

const giveBack = compose(makeProvinceReturn, { nominations, clock, ruleOverrides });

export const handler = idempotentHandler(
  provinceReturnNomination,
  ({ principal, params, body, expectedVersion }) =>
    giveBack(principal, params.id, body.reason, expectedVersion),
);
