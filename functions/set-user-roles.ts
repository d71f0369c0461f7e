import { makeSetUserRoles } from '../shared/app/users/manage-users';
import { httpHandler } from '../shared/http/http-handler';
import { setUserRoles } from '../shared/http/routes/directory';
import { usersRuntime } from '../shared/users-runtime';

const { ports } = usersRuntime();
const setRoles = makeSetUserRoles(ports);

export const handler = httpHandler(setUserRoles, ({ principal, params, body }) =>
  setRoles(principal, params.userId, body),
);
