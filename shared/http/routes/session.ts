import { ROLES } from '../../domain/vocabulary';
import { me } from '../answers/directory';
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
