import { clock, ids, organisations } from '../shared/adapters';
import { makeCreateOrganisation } from '../shared/app/directory/organisations';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { createOrganisation } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const create = compose(makeCreateOrganisation, { clock, ids, organisations });

export const handler = idempotentHandler(createOrganisation, ({ principal, body }) =>
  create(principal, body),
);
