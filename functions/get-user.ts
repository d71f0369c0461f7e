import { makeGetUser } from '../shared/app/users/manage-users';
import { httpHandler } from '../shared/http/http-handler';
import { getUser } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';
import { users } from '../shared/users-runtime';

const get = compose(makeGetUser, { users });

export const handler = httpHandler(getUser, ({ principal, params }) => get(principal, params.userId));
