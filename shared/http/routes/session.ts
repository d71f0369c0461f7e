import { ROLES } from '../../domain/vocabulary';
import { me } from '../answers/directory';
import { worklist } from '../answers/worklist';
import { defineRoute } from '../route';

/** Who the signed-in user is: roles, organisation and unit, as the app needs them to choose screens. */
export const getMe = defineRoute({
  id: 'get-me',
  method: 'GET',
  path: '/me',
  roles: ROLES,
  summary: 'Thông tin người dùng đang đăng nhập',
  idempotent: false,
  ownedResource: false,
  successStatus: 200,
  response: me,
});

/**
 * What waits for the signed-in person, by role: drafts, returned dossiers with the reason, what
 * waits to be checked, put on an agenda, voted on, signed, received or appraised, with counts and
 * each nomination's working-day clock; meetings to vote in; coming deadlines for nominations.
 */
export const getWorklist = defineRoute({
  id: 'get-worklist',
  method: 'GET',
  path: '/me/worklist',
  roles: ROLES,
  summary: 'Việc cần làm của người dùng đang đăng nhập',
  idempotent: false,
  ownedResource: false,
  successStatus: 200,
  response: worklist,
});
