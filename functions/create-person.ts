import { clock, ids, organisations, persons } from '../shared/adapters';
import { makeCreatePerson } from '../shared/app/directory/persons';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { createPerson } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const create = compose(makeCreatePerson, { clock, ids, organisations, persons });

export const handler = idempotentHandler(createPerson, ({ principal, params, body }) =>
  create(principal, params.unitId, body),
);
