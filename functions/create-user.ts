import { changeLog, clock, organisations } from '../shared/adapters';
import { makeCreateUser } from '../shared/app/users/manage-users';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { createUser } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';
import { users } from '../shared/users-runtime';

const create = compose(makeCreateUser, { organisations, users, changeLog, clock });

export const handler = idempotentHandler(
  createUser,
  ({ principal, body }) => create(principal, body),
  // Changes Cognito, which a request run ahead and run again could change twice.
  { runAhead: false },
);
