import { clock, documents, ids, nominations, organisations, ruleOverrides } from '../shared/adapters';
import { makeSignDecision } from '../shared/app/decisions/sign-decision';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { signDecision } from '../shared/http/routes/decisions';
import { compose } from '../shared/runtime';

const sign = compose(makeSignDecision, {
  nominations,
  organisations,
  documents,
  clock,
  ids,
  ruleOverrides,
});

export const handler = idempotentHandler(
  signDecision,
  ({ principal, body }) => sign(principal, body),
  // Its use case retries the document's number on a race: run as usual, not ahead.
  { runAhead: false },
);
