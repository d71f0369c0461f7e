import { makeDiscardNominationDraft } from '../shared/app/nominations/discard-nomination-draft';
import { httpHandler } from '../shared/http/http-handler';
import { discardNominationDraft } from '../shared/http/routes/nominations';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const discard = makeDiscardNominationDraft(ports);

export const handler = httpHandler(
  discardNominationDraft,
  ({ principal, params, expectedVersion }) => discard(principal, params.id, expectedVersion),
  { idempotencyStore },
);
