import { makeListUsers } from '../shared/app/users/manage-users';
import { httpHandler } from '../shared/http/http-handler';
import { listUsers } from '../shared/http/routes/directory';
import { usersRuntime } from '../shared/users-runtime';

const { ports } = usersRuntime();
const list = makeListUsers(ports);

export const handler = httpHandler(listUsers, ({ principal, query }) => list(principal, query));
