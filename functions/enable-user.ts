import { makeSetUserEnabled } from '../shared/app/users/manage-users';
import { httpHandler } from '../shared/http/http-handler';
import { enableUser } from '../shared/http/routes/directory';
import { usersRuntime } from '../shared/users-runtime';

const { ports, idempotencyStore } = usersRuntime();
const enable = makeSetUserEnabled(ports, true);

export const handler = httpHandler(enableUser, ({ principal, params }) => enable(principal, params.userId), {
  idempotencyStore,
});
