import { clock, nominations, ruleOverrides } from '../shared/adapters';
import { makeAppraiseNomination } from '../shared/app/decisions/province-steps';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { appraiseNomination } from '../shared/http/routes/decisions';
import { compose } from '../shared/runtime';

const appraise = compose(makeAppraiseNomination, { nominations, clock, ruleOverrides });

export const handler = idempotentHandler(appraiseNomination, ({ principal, params, body, expectedVersion }) =>
  appraise(principal, params.id, body.note, expectedVersion),
);
