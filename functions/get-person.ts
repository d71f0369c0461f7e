import { organisations, persons } from '../shared/adapters';
import { makeGetPerson } from '../shared/app/directory/persons';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { getPerson } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const get = compose(makeGetPerson, { organisations, persons });

export const handler = httpHandler(getPerson, async ({ principal, params }) => {
  const found = await get(principal, params.personId);
  return new Reply(found, etagHeader(found.person.version));
});
