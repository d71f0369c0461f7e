import {
  clock,
  documents,
  ids,
  nominations,
  organisations,
  persons,
  ruleOverrides,
} from '../shared/adapters';
import { makeRevokeDecision } from '../shared/app/decisions/revoke-decision';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { revokeDecision } from '../shared/http/routes/decisions';
import { compose } from '../shared/runtime';

const revoke = compose(makeRevokeDecision, {
  nominations,
  organisations,
  persons,
  documents,
  clock,
  ids,
  ruleOverrides,
});

export const handler = idempotentHandler(
  revokeDecision,
  ({ principal, params, body }) => revoke(principal, params.id, body),
  // Its use case retries the document's number on a race: run as usual, not ahead.
  { runAhead: false },
);
