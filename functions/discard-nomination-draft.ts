import { clock, nominations, ruleOverrides } from '../shared/adapters';
import { makeDiscardNominationDraft } from '../shared/app/nominations/discard-nomination-draft';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { discardNominationDraft } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const discard = compose(makeDiscardNominationDraft, { nominations, clock, ruleOverrides });

export const handler = idempotentHandler(discardNominationDraft, ({ principal, params, expectedVersion }) =>
  discard(principal, params.id, expectedVersion),
);
