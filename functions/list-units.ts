import { organisations } from '../shared/adapters';
import { makeListUnits } from '../shared/app/directory/units';
import { httpHandler } from '../shared/http/http-handler';
import { listUnits } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const list = compose(makeListUnits, { organisations });

export const handler = httpHandler(listUnits, ({ principal, params, query }) =>
  list(principal, params.organisationId, query),
);
