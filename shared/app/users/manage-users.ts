import { ForbiddenError, NotFoundError } from '../../domain/errors';
import type { Principal } from '../../http/principal';
import type { Page, PageRequest } from '../../store';
import type { DirectoryUser, UserDirectory } from '../../users';
import type { AppPorts } from '../ports';
import type { NewUserInput, UserRolesInput } from './inputs';
import { checkPlacement } from './placement';

type Ports = Pick<AppPorts, 'organisations' | 'users'>;

function directoryOf(ports: Pick<AppPorts, 'users'>): UserDirectory {
  // A function that manages users is deployed with USER_POOL_ID; without it this is a wiring fault.
  if (!ports.users) throw new Error('the user directory is not configured (USER_POOL_ID)');
  return ports.users;
}

function requireAdmin(principal: Principal): void {
  if (!principal.roles.includes('admin')) throw new ForbiddenError('ROLE_NOT_ALLOWED');
}

/** Every user of the province's pool, a page at a time (admins only). */
export const makeListUsers =
  (ports: Pick<AppPorts, 'users'>) =>
  (principal: Principal, page: PageRequest = {}): Promise<Page<DirectoryUser>> => {
    requireAdmin(principal);
    return directoryOf(ports).list(page);
  };

/** One user by id (the Cognito `sub`), admins only. */
export const makeGetUser =
  (ports: Pick<AppPorts, 'users'>) =>
  async (principal: Principal, id: string): Promise<DirectoryUser> => {
    requireAdmin(principal);
    const user = await directoryOf(ports).get(id);
    if (!user) throw new NotFoundError('user', id, 'Không tìm thấy người dùng.');
    return user;
  };

/**
 * Creates a user in the pool with their roles (groups), organisation and unit (custom
 * attributes), after checking the roles fit the placement. Admins only.
 */
export const makeCreateUser =
  (ports: Ports) =>
  async (principal: Principal, input: NewUserInput): Promise<DirectoryUser> => {
    requireAdmin(principal);
    await checkPlacement(
      ports.organisations,
      { roles: input.roles, orgId: input.organisationId, unitId: input.unitId },
      { roles: 'body.roles', orgId: 'body.organisationId', unitId: 'body.unitId' },
    );
    return directoryOf(ports).create({
      email: input.email,
      name: input.name,
      roles: input.roles,
      ...(input.organisationId ? { orgId: input.organisationId } : {}),
      ...(input.unitId ? { unitId: input.unitId } : {}),
      ...(input.password ? { password: input.password } : {}),
    });
  };

/**
 * Replaces a user's roles. An admin cannot take the admin role from themself, so the province is
 * never left without anyone able to manage users by accident. Admins only.
 */
export const makeSetUserRoles =
  (ports: Ports) =>
  async (principal: Principal, id: string, input: UserRolesInput): Promise<DirectoryUser> => {
    requireAdmin(principal);
    const users = directoryOf(ports);
    const user = await users.get(id);
    if (!user) throw new NotFoundError('user', id, 'Không tìm thấy người dùng.');
    if (id === principal.userId && !input.roles.includes('admin')) {
      throw new ForbiddenError('CANNOT_DROP_OWN_ADMIN', 'Không thể tự bỏ vai trò quản trị của chính mình.');
    }
    await checkPlacement(
      ports.organisations,
      { roles: input.roles, orgId: user.orgId, unitId: user.unitId },
      { roles: 'body.roles', orgId: 'body.roles', unitId: 'body.roles' },
    );
    return users.setRoles(id, input.roles);
  };

/**
 * Disables or re-enables a user: never deleted, so decisions and audit events keep naming who
 * acted. An admin cannot disable themself. Admins only.
 */
export const makeSetUserEnabled =
  (ports: Pick<AppPorts, 'users'>, enabled: boolean) =>
  async (principal: Principal, id: string): Promise<DirectoryUser> => {
    requireAdmin(principal);
    if (!enabled && id === principal.userId) {
      throw new ForbiddenError('CANNOT_DISABLE_SELF', 'Không thể tự vô hiệu hóa tài khoản của chính mình.');
    }
    const users = directoryOf(ports);
    if (!(await users.get(id))) throw new NotFoundError('user', id, 'Không tìm thấy người dùng.');
    return users.setEnabled(id, enabled);
  };
