import { clock, ids, organisations } from '../shared/adapters';
import { makeCreateUnit } from '../shared/app/directory/units';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { createUnit } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const create = compose(makeCreateUnit, { clock, ids, organisations });

export const handler = idempotentHandler(createUnit, ({ principal, params, body }) =>
  create(principal, params.organisationId, body),
);
