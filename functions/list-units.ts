import { makeListUnits } from '../shared/app/directory/units';
import { httpHandler } from '../shared/http/http-handler';
import { listUnits } from '../shared/http/routes/directory';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const list = makeListUnits(ports);

export const handler = httpHandler(listUnits, ({ principal, params, query }) =>
  list(principal, params.organisationId, query),
);
