import { organisations, persons } from '../shared/adapters';
import { makeSearchPersons } from '../shared/app/directory/persons';
import { httpHandler } from '../shared/http/http-handler';
import { searchPersons } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const search = compose(makeSearchPersons, { organisations, persons });

export const handler = httpHandler(searchPersons, ({ principal, query }) => search(principal, query));
