import { makeGetUser } from '../shared/app/users/manage-users';
import { httpHandler } from '../shared/http/http-handler';
import { getUser } from '../shared/http/routes/directory';
import { usersRuntime } from '../shared/users-runtime';

const { ports } = usersRuntime();
const get = makeGetUser(ports);

export const handler = httpHandler(getUser, ({ principal, params }) => get(principal, params.userId));
