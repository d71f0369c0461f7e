import { changeLog, clock } from '../shared/adapters';
import { makeSetUserEnabled } from '../shared/app/users/manage-users';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { disableUser } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';
import { users } from '../shared/users-runtime';

const disable = compose(makeSetUserEnabled, { users, changeLog, clock }, false);

export const handler = idempotentHandler(
  disableUser,
  ({ principal, params }) => disable(principal, params.userId),
  // Changes Cognito, which a request run ahead and run again could change twice.
  { runAhead: false },
);
