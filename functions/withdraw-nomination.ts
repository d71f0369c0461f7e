import { clock, nominations, ruleOverrides } from '../shared/adapters';
import { makeWithdrawNomination } from '../shared/app/nominations/withdraw-nomination';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { withdrawNomination } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const withdraw = compose(makeWithdrawNomination, { nominations, clock, ruleOverrides });

export const handler = idempotentHandler(withdrawNomination, ({ principal, params, body, expectedVersion }) =>
  withdraw(principal, params.id, body.reason, expectedVersion),
);
