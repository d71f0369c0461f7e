import { ForbiddenError, NotFoundError } from '../../domain/errors';
import type { Page, PageRequest } from '../../store';
import type { ChangeLog } from '../../store/ports/change-log';
import type { DirectoryUser, UserDirectory } from '../../users';
import { registryChange } from '../directory/registry-change';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import type { NewUserInput, UserRolesInput } from './inputs';
import { checkPlacement } from './placement';

/** Where user changes are logged (who, when, before and after), as the directory's are. */
type Logged = { readonly changeLog: ChangeLog; readonly clock: AppPorts['clock'] };
type Ports = Pick<AppPorts, 'organisations' | 'users'> & Logged;

/** What the log keeps of a user: who they are and what they may do, never a password. */
const logged = (user: DirectoryUser) => ({
  email: user.email,
  name: user.name,
  roles: [...user.roles],
  ...(user.orgId ? { orgId: user.orgId } : {}),
  ...(user.unitId ? { unitId: user.unitId } : {}),
  enabled: user.enabled,
});

/**
 * Logs a change of the user pool before making it: the pool cannot join a DynamoDB transaction,
 * so the intent is written first (never a change without its record); each change is
 * idempotent, so one that failed after its record is completed by doing it again.
 */
async function logUserChange(
  ports: Logged,
  principal: Principal,
  before: DirectoryUser | undefined,
  after: DirectoryUser,
  reason?: string,
): Promise<void> {
  const at = ports.clock.now().toISOString();
  const change = registryChange(principal, at, 'user', after.id, logged(after), before && logged(before));
  await ports.changeLog.record(reason ? { ...change, reason } : change);
}

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
    const created = await directoryOf(ports).create({
      email: input.email,
      name: input.name,
      roles: input.roles,
      ...(input.organisationId ? { orgId: input.organisationId } : {}),
      ...(input.unitId ? { unitId: input.unitId } : {}),
      ...(input.password ? { password: input.password } : {}),
    });
    // Its id is the pool's, known only once it exists: a creation is logged right after it.
    await logUserChange(ports, principal, undefined, created);
    return created;
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
    await logUserChange(ports, principal, user, { ...user, roles: input.roles });
    return users.setRoles(id, input.roles);
  };

/**
 * Disables or re-enables a user: never deleted, so decisions and audit events keep naming who
 * acted. An admin cannot disable themself. Admins only.
 */
export const makeSetUserEnabled =
  (ports: Pick<AppPorts, 'users'> & Logged, enabled: boolean) =>
  async (principal: Principal, id: string): Promise<DirectoryUser> => {
    requireAdmin(principal);
    if (!enabled && id === principal.userId) {
      throw new ForbiddenError('CANNOT_DISABLE_SELF', 'Không thể tự vô hiệu hóa tài khoản của chính mình.');
    }
    const users = directoryOf(ports);
    const user = await users.get(id);
    if (!user) throw new NotFoundError('user', id, 'Không tìm thấy người dùng.');
    await logUserChange(ports, principal, user, { ...user, enabled });
    return users.setEnabled(id, enabled);
  };

/**
 * Turns off a user's authenticator app when they lost or changed their phone, and ends their
 * sessions: their next sign-in enrols a new app (the pool requires one). Logged with the reason.
 * Admins only; an admin resets their own through another admin, so one stolen session cannot
 * strip the second factor of the account it holds.
 */
export const makeResetUserMfa =
  (ports: Pick<AppPorts, 'users'> & Logged) =>
  async (principal: Principal, id: string, reason: string): Promise<DirectoryUser> => {
    requireAdmin(principal);
    if (id === principal.userId)
      throw new ForbiddenError(
        'CANNOT_RESET_OWN_MFA',
        'Không thể tự đặt lại ứng dụng xác thực của chính mình; hãy nhờ một quản trị viên khác.',
      );
    const users = directoryOf(ports);
    const user = await users.get(id);
    if (!user) throw new NotFoundError('user', id, 'Không tìm thấy người dùng.');
    await logUserChange(ports, principal, user, user, `Đặt lại ứng dụng xác thực: ${reason}`);
    return users.resetMfa(id);
  };
