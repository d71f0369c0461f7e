import { clock, organisations, persons } from '../shared/adapters';
import { makeUpdatePerson } from '../shared/app/directory/persons';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { updatePerson } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const update = compose(makeUpdatePerson, { clock, organisations, persons });

export const handler = httpHandler(updatePerson, async ({ principal, params, body, expectedVersion }) => {
  const person = await update(principal, params.personId, body, expectedVersion);
  return new Reply(person, etagHeader(person.version));
});
