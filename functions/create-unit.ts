import { makeCreateUnit } from '../shared/app/directory/units';
import { httpHandler } from '../shared/http/http-handler';
import { createUnit } from '../shared/http/routes/directory';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const create = makeCreateUnit(ports);

export const handler = httpHandler(
  createUnit,
  ({ principal, params, body }) => create(principal, params.organisationId, body),
  { idempotencyStore },
);
