import { clock, documents, ids, nominations, organisations, ruleOverrides } from '../shared/adapters';
import { makeForwardNominations } from '../shared/app/decisions/forward-nominations';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { forwardNominations } from '../shared/http/routes/decisions';
import { compose } from '../shared/runtime';

const forward = compose(makeForwardNominations, {
  nominations,
  organisations,
  documents,
  clock,
  ids,
  ruleOverrides,
});

export const handler = idempotentHandler(
  forwardNominations,
  ({ principal, body }) => forward(principal, body),
  // Its use case retries the document's number on a race: run as usual, not ahead.
  { runAhead: false },
);
