import { clock, nominations, ruleOverrides } from '../shared/adapters';
import { makeReforwardNomination } from '../shared/app/decisions/province-steps';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { reforwardNomination } from '../shared/http/routes/decisions';
import { compose } from '../shared/runtime';

const reforward = compose(makeReforwardNomination, { nominations, clock, ruleOverrides });

export const handler = idempotentHandler(
  reforwardNomination,
  ({ principal, params, body, expectedVersion }) => reforward(principal, params.id, body, expectedVersion),
);
