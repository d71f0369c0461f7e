import { clock, persons } from '../shared/adapters';
import { makeLinkAccount } from '../shared/app/directory/account-link';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { linkPersonAccount } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';
import { users } from '../shared/users-runtime';

const link = compose(makeLinkAccount, { persons, clock, users });

export const handler = httpHandler(
  linkPersonAccount,
  async ({ principal, params, body, expectedVersion }) => {
    const person = await link(principal, params.personId, body.userId, expectedVersion);
    return new Reply(person, etagHeader(person.version));
  },
);
