import { makeSetUserEnabled } from '../shared/app/users/manage-users';
import { httpHandler } from '../shared/http/http-handler';
import { enableUser } from '../shared/http/routes/directory';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const enable = makeSetUserEnabled(ports, true);

export const handler = httpHandler(enableUser, ({ principal, params }) => enable(principal, params.userId), {
  idempotencyStore,
});
