import { clock, nominations, ruleOverrides } from '../shared/adapters';
import { makeResubmitNomination } from '../shared/app/nominations/resubmit-nomination';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { resubmitNomination } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const resubmit = compose(makeResubmitNomination, { nominations, clock, ruleOverrides });

export const handler = idempotentHandler(resubmitNomination, ({ principal, params, body, expectedVersion }) =>
  resubmit(principal, params.id, body, expectedVersion),
);
