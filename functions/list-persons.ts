import { makeListPersons } from '../shared/app/directory/persons';
import { httpHandler } from '../shared/http/http-handler';
import { listPersons } from '../shared/http/routes/directory';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const list = makeListPersons(ports);

export const handler = httpHandler(listPersons, ({ principal, params, query }) =>
  list(principal, params.unitId, query),
);
