import { makeSetUserEnabled } from '../shared/app/users/manage-users';
import { httpHandler } from '../shared/http/http-handler';
import { disableUser } from '../shared/http/routes/directory';
import { usersRuntime } from '../shared/users-runtime';

const { ports, idempotencyStore } = usersRuntime();
const disable = makeSetUserEnabled(ports, false);

export const handler = httpHandler(
  disableUser,
  ({ principal, params }) => disable(principal, params.userId),
  { idempotencyStore },
);
