import { changeLog, clock, organisations } from '../shared/adapters';
import { makeSetUserRoles } from '../shared/app/users/manage-users';
import { httpHandler } from '../shared/http/http-handler';
import { setUserRoles } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';
import { users } from '../shared/users-runtime';

const setRoles = compose(makeSetUserRoles, { organisations, users, changeLog, clock });

export const handler = httpHandler(setUserRoles, ({ principal, params, body }) =>
  setRoles(principal, params.userId, body),
);
