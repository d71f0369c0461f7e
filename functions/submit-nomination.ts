import { campaigns, clock, nominations, persons, ruleOverrides } from '../shared/adapters';
import { makeSubmitNomination } from '../shared/app/nominations/submit-nomination';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { submitNomination } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const submit = compose(makeSubmitNomination, { nominations, persons, campaigns, clock, ruleOverrides });

export const handler = idempotentHandler(submitNomination, ({ principal, params, expectedVersion }) =>
  submit(principal, params.id, expectedVersion),
);
