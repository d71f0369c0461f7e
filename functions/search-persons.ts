import { makeSearchPersons } from '../shared/app/directory/persons';
import { httpHandler } from '../shared/http/http-handler';
import { searchPersons } from '../shared/http/routes/directory';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const search = makeSearchPersons(ports);

export const handler = httpHandler(searchPersons, ({ principal, query }) => search(principal, query));
