import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminSetUserPasswordCommand,
  AdminUserGlobalSignOutCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors';
import { ROLES, type Role } from '../domain/vocabulary';
import type { DirectoryUser, UserDirectory } from './user-directory';

export interface CognitoUserDirectoryDeps {
  readonly client: CognitoIdentityProviderClient;
  readonly userPoolId: string;
}

/** Cognito caps ListUsers at 60 a page. */
const MAX_PAGE = 60;

const attribute = (attributes: readonly AttributeType[] | undefined, name: string): string | undefined =>
  attributes?.find((a) => a.Name === name)?.Value || undefined;

const isRole = (value: string | undefined): value is Role =>
  (ROLES as readonly (string | undefined)[]).includes(value);

const errorName = (error: unknown): string | undefined => (error instanceof Error ? error.name : undefined);

const notFound = (id: string) => new NotFoundError('user', id, 'Không tìm thấy người dùng.');

/**
 * The Cognito adapter of {@link UserDirectory}. The pool signs in by email, so Cognito's user
 * name is the `sub`; every call first resolves the id to Cognito's own `Username` (the same value
 * in AWS, the email in cognito-local) and uses that, so both behave alike.
 */
export function makeCognitoUserDirectory({ client, userPoolId }: CognitoUserDirectoryDeps): UserDirectory {
  const groupsOf = async (username: string): Promise<Role[]> => {
    const output = await client.send(
      new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username, Limit: 60 }),
    );
    return (output.Groups ?? []).map((g) => g.GroupName).filter(isRole);
  };

  const toUser = (
    raw: {
      Username?: string | undefined;
      Attributes?: AttributeType[] | undefined;
      Enabled?: boolean | undefined;
      UserStatus?: string | undefined;
      UserCreateDate?: Date | undefined;
    },
    roles: readonly Role[],
  ): DirectoryUser => {
    const orgId = attribute(raw.Attributes, 'custom:orgId');
    const unitId = attribute(raw.Attributes, 'custom:unitId');
    return {
      id: attribute(raw.Attributes, 'sub') ?? raw.Username ?? '',
      email: attribute(raw.Attributes, 'email') ?? '',
      name: attribute(raw.Attributes, 'name') ?? '',
      roles: [...roles].sort(),
      ...(orgId ? { orgId } : {}),
      ...(unitId ? { unitId } : {}),
      enabled: raw.Enabled !== false,
      status: raw.UserStatus ?? 'UNKNOWN',
      ...(raw.UserCreateDate ? { createdAt: new Date(raw.UserCreateDate).toISOString() } : {}),
    };
  };

  /** Cognito's own user name and the user's record, or undefined. */
  const load = async (id: string) => {
    try {
      const output = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: id }));
      if (!output.Username) return undefined;
      const username = output.Username;
      const user = toUser({ ...output, Attributes: output.UserAttributes }, await groupsOf(username));
      // An email alias also resolves; ids are subs only, so an email is not an id.
      return user.id === id ? { username, user } : undefined;
    } catch (error) {
      if (errorName(error) === 'UserNotFoundException') return undefined;
      throw error;
    }
  };

  const mustLoad = async (id: string) => {
    const found = await load(id);
    if (!found) throw notFound(id);
    return found;
  };

  return {
    async create(input) {
      const attributes: AttributeType[] = [
        { Name: 'email', Value: input.email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'name', Value: input.name },
        ...(input.orgId ? [{ Name: 'custom:orgId', Value: input.orgId }] : []),
        ...(input.unitId ? [{ Name: 'custom:unitId', Value: input.unitId }] : []),
      ];
      const temporary = input.password && !input.password.permanent ? input.password.value : undefined;
      let username: string;
      try {
        const output = await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: input.email,
            UserAttributes: attributes,
            DesiredDeliveryMediums: ['EMAIL'],
            // With a password chosen by the admin there is nothing to email.
            ...(input.password ? { MessageAction: 'SUPPRESS' as const } : {}),
            ...(temporary ? { TemporaryPassword: temporary } : {}),
          }),
        );
        username = output.User?.Username ?? input.email;
        if (input.password?.permanent) {
          await client.send(
            new AdminSetUserPasswordCommand({
              UserPoolId: userPoolId,
              Username: username,
              Password: input.password.value,
              Permanent: true,
            }),
          );
        }
      } catch (error) {
        if (errorName(error) === 'UsernameExistsException') {
          throw new ConflictError('USER_ALREADY_EXISTS', 'Đã có người dùng với địa chỉ email này.', {
            email: input.email,
          });
        }
        if (errorName(error) === 'InvalidPasswordException') {
          throw new ValidationError([
            {
              path: 'body.password.value',
              code: 'weak_password',
              message:
                'Mật khẩu không đạt yêu cầu của hệ thống (độ dài, chữ hoa, chữ thường, số, ký tự đặc biệt).',
            },
          ]);
        }
        throw error;
      }
      for (const role of input.roles) {
        await client.send(
          new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: role }),
        );
      }
      const created = await client.send(
        new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }),
      );
      return toUser({ ...created, Attributes: created.UserAttributes }, input.roles);
    },

    get: async (id) => (await load(id))?.user,

    async list(page = {}) {
      const output = await client.send(
        new ListUsersCommand({
          UserPoolId: userPoolId,
          Limit: Math.min(page.limit ?? MAX_PAGE, MAX_PAGE),
          ...(page.cursor ? { PaginationToken: page.cursor } : {}),
        }),
      );
      const items = await Promise.all(
        (output.Users ?? []).map(async (raw) =>
          toUser(raw, raw.Username ? await groupsOf(raw.Username) : []),
        ),
      );
      return output.PaginationToken ? { items, cursor: output.PaginationToken } : { items };
    },

    async setRoles(id, roles) {
      const { username, user } = await mustLoad(id);
      for (const role of roles.filter((r) => !user.roles.includes(r))) {
        await client.send(
          new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: role }),
        );
      }
      for (const role of user.roles.filter((r) => !roles.includes(r))) {
        await client.send(
          new AdminRemoveUserFromGroupCommand({
            UserPoolId: userPoolId,
            Username: username,
            GroupName: role,
          }),
        );
      }
      return (await mustLoad(id)).user;
    },

    async setEnabled(id, enabled) {
      const { username } = await mustLoad(id);
      const command = enabled
        ? new AdminEnableUserCommand({ UserPoolId: userPoolId, Username: username })
        : new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: username });
      await client.send(command);
      return (await mustLoad(id)).user;
    },

    async resetMfa(id) {
      const { username } = await mustLoad(id);
      await client.send(
        new AdminSetUserMFAPreferenceCommand({
          UserPoolId: userPoolId,
          Username: username,
          SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
        }),
      );
      // Whoever holds the lost phone's sessions loses them too.
      await client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username }));
      return (await mustLoad(id)).user;
    },
  };
}
