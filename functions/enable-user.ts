import { changeLog, clock } from '../shared/adapters';
import { makeSetUserEnabled } from '../shared/app/users/manage-users';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { enableUser } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';
import { users } from '../shared/users-runtime';

const enable = compose(makeSetUserEnabled, { users, changeLog, clock }, true);

export const handler = idempotentHandler(
  enableUser,
  ({ principal, params }) => enable(principal, params.userId),
  // Changes Cognito, which a request run ahead and run again could change twice.
  { runAhead: false },
);
