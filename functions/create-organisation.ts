import { ids, organisations } from '../shared/adapters';
import { makeCreateOrganisation } from '../shared/app/directory/organisations';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { createOrganisation } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const create = compose(makeCreateOrganisation, { organisations, ids });

export const handler = idempotentHandler(createOrganisation, ({ principal, body }) =>
  create(principal, body),
);
