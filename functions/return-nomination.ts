import { clock, nominations, ruleOverrides } from '../shared/adapters';
import { makeReturnNomination } from '../shared/app/secretariat/return-nomination';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { returnNomination } from '../shared/http/routes/secretariat';
import { compose } from '../shared/runtime';

const giveBack = compose(makeReturnNomination, { nominations, clock, ruleOverrides });

export const handler = idempotentHandler(returnNomination, ({ principal, params, body, expectedVersion }) =>
  giveBack(principal, params.id, body, expectedVersion),
);
