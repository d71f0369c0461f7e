import { makeCreateNominationDraft } from '../shared/app/nominations/create-nomination-draft';
import { httpHandler } from '../shared/http/http-handler';
import { createNominationDraft } from '../shared/http/routes/nominations';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const create = makeCreateNominationDraft(ports);

export const handler = httpHandler(createNominationDraft, ({ principal, body }) => create(principal, body), {
  idempotencyStore,
});
