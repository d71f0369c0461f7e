import { changeLog, clock } from '../shared/adapters';
import { makeResetUserMfa } from '../shared/app/users/manage-users';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { resetUserMfa } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';
import { users } from '../shared/users-runtime';

const reset = compose(makeResetUserMfa, { users, changeLog, clock });

export const handler = idempotentHandler(
  resetUserMfa,
  ({ principal, params, body }) => reset(principal, params.userId, body.reason),
  // Changes Cognito, which a request run ahead and run again could change twice.
  { runAhead: false },
);
