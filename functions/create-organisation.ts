import { makeCreateOrganisation } from '../shared/app/directory/organisations';
import { httpHandler } from '../shared/http/http-handler';
import { createOrganisation } from '../shared/http/routes/directory';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const create = makeCreateOrganisation(ports);

export const handler = httpHandler(createOrganisation, ({ principal, body }) => create(principal, body), {
  idempotencyStore,
});
