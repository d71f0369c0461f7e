import { organisations, persons } from '../shared/adapters';
import { makeListPersons } from '../shared/app/directory/persons';
import { httpHandler } from '../shared/http/http-handler';
import { listPersons } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const list = compose(makeListPersons, { organisations, persons });

export const handler = httpHandler(listPersons, ({ principal, params, query }) =>
  list(principal, params.unitId, query),
);
