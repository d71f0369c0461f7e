import { makeCreatePerson } from '../shared/app/directory/persons';
import { httpHandler } from '../shared/http/http-handler';
import { createPerson } from '../shared/http/routes/directory';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const create = makeCreatePerson(ports);

export const handler = httpHandler(
  createPerson,
  ({ principal, params, body }) => create(principal, params.unitId, body),
  { idempotencyStore },
);
