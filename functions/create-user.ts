import { makeCreateUser } from '../shared/app/users/manage-users';
import { httpHandler } from '../shared/http/http-handler';
import { createUser } from '../shared/http/routes/directory';
import { usersRuntime } from '../shared/users-runtime';

const { ports, idempotencyStore } = usersRuntime();
const create = makeCreateUser(ports);

export const handler = httpHandler(createUser, ({ principal, body }) => create(principal, body), {
  idempotencyStore,
});
