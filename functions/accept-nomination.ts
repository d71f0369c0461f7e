import { changeLog, clock, nominations, persons, ruleOverrides } from '../shared/adapters';
import { makeAcceptNomination } from '../shared/app/secretariat/accept-nomination';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { acceptNomination } from '../shared/http/routes/secretariat';
import { compose } from '../shared/runtime';

const accept = compose(makeAcceptNomination, { nominations, persons, clock, ruleOverrides, changeLog });

export const handler = idempotentHandler(acceptNomination, ({ principal, params, expectedVersion }) =>
  accept(principal, params.id, expectedVersion),
);
