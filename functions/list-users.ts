import { makeListUsers } from '../shared/app/users/manage-users';
import { httpHandler } from '../shared/http/http-handler';
import { listUsers } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';
import { users } from '../shared/users-runtime';

const list = compose(makeListUsers, { users });

export const handler = httpHandler(listUsers, ({ principal, query }) => list(principal, query));
