import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { ROLES, type Role } from '../../shared/domain/vocabulary';
import {
  INVITATION_MESSAGE,
  PASSWORD_POLICY,
  TOKEN_MINUTES,
  VERIFICATION_MESSAGE,
} from '../../shared/users/cognito-settings';
import { MFA_EXEMPT_TAG } from './mfa-exempt-tag';

export interface UserPoolRef {
  readonly userPoolId: string;
  readonly clientId: string;
}

const CLIENT_NAME = 'tdkt-web';

export interface PoolOptions {
  /**
   * Who may sign in without TOTP although the pool requires it, a local-only setting (README,
   * "Sign-in"): `*`, an email or `*@domain`. Empty: everyone enrols, as on AWS.
   */
  readonly mfaExempt: readonly string[];
}

/** The demo accounts' domain: `npm start` lets them skip MFA unless TDKT_DEMO_MFA=required. */
export const DEMO_MFA_EXEMPT = ['*@hatinh.tdkt.example.vn'] as const;

/**
 * Creates (or finds) the user pool the way the CDK stack declares it: email as user name,
 * custom attributes for organisation and unit, one group per role, and an app client that
 * signs in with user name and password.
 */
export async function ensureUserPool(
  cognito: CognitoIdentityProviderClient,
  poolName: string,
  options: PoolOptions = { mfaExempt: DEMO_MFA_EXEMPT },
): Promise<UserPoolRef> {
  const pools = await cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  let userPoolId = pools.UserPools?.find((pool) => pool.Name === poolName)?.Id;
  if (!userPoolId) {
    const created = await cognito.send(
      new CreateUserPoolCommand({
        PoolName: poolName,
        UsernameAttributes: ['email'],
        Schema: [
          { Name: 'orgId', AttributeDataType: 'String', Mutable: true },
          { Name: 'unitId', AttributeDataType: 'String', Mutable: true },
        ],
      }),
    );
    userPoolId = created.UserPool?.Id;
  }
  if (!userPoolId) throw new Error('cognito-local did not create the user pool');
  // Settled on every start, so a pool kept in .local/ follows the current settings.
  await cognito.send(
    new UpdateUserPoolCommand({
      UserPoolId: userPoolId,
      MfaConfiguration: 'ON',
      Policies: {
        PasswordPolicy: {
          MinimumLength: PASSWORD_POLICY.minLength,
          RequireLowercase: PASSWORD_POLICY.requireLowercase,
          RequireUppercase: PASSWORD_POLICY.requireUppercase,
          RequireNumbers: PASSWORD_POLICY.requireDigits,
          RequireSymbols: PASSWORD_POLICY.requireSymbols,
          TemporaryPasswordValidityDays: PASSWORD_POLICY.temporaryPasswordValidityDays,
        },
      },
      AutoVerifiedAttributes: ['email'],
      AdminCreateUserConfig: {
        AllowAdminCreateUserOnly: true,
        InviteMessageTemplate: {
          EmailSubject: INVITATION_MESSAGE.subject,
          EmailMessage: INVITATION_MESSAGE.body,
        },
      },
      VerificationMessageTemplate: {
        DefaultEmailOption: 'CONFIRM_WITH_CODE',
        EmailSubject: VERIFICATION_MESSAGE.subject,
        EmailMessage: VERIFICATION_MESSAGE.body,
      },
      UserPoolTags: { [MFA_EXEMPT_TAG]: options.mfaExempt.join(',') },
    }),
  );

  const clients = await cognito.send(
    new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }),
  );
  let clientId = clients.UserPoolClients?.find((client) => client.ClientName === CLIENT_NAME)?.ClientId;
  // The deployed client's token lives (infra/constructs/auth.ts), set again on a kept pool.
  const client: Omit<CreateUserPoolClientCommandInput, 'UserPoolId' | 'ClientName'> = {
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    IdTokenValidity: TOKEN_MINUTES,
    AccessTokenValidity: TOKEN_MINUTES,
    RefreshTokenValidity: 12,
    TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'hours' },
  };
  if (clientId) {
    await cognito.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientId: clientId,
        ClientName: CLIENT_NAME,
        ...client,
      }),
    );
  } else {
    const created = await cognito.send(
      new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: CLIENT_NAME, ...client }),
    );
    clientId = created.UserPoolClient?.ClientId;
  }
  if (!clientId) throw new Error('cognito-local did not create the app client');

  const groups = await cognito.send(new ListGroupsCommand({ UserPoolId: userPoolId }));
  const existing = new Set(groups.Groups?.map((group) => group.GroupName));
  for (const role of ROLES) {
    if (!existing.has(role))
      await cognito.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: role }));
  }
  return { userPoolId, clientId };
}

export interface LocalUser {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly orgId?: string;
  readonly unitId?: string;
}

/** Creates a confirmed user with a permanent password and its groups; an existing one is left as is. */
export async function ensureUser(cognito: CognitoIdentityProviderClient, pool: UserPoolRef, user: LocalUser) {
  try {
    await cognito.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: user.email }));
    return;
  } catch (error) {
    if (!(error instanceof UserNotFoundException) && (error as Error).name !== 'UserNotFoundException')
      throw error;
  }
  const attributes = [
    { Name: 'email', Value: user.email },
    { Name: 'email_verified', Value: 'true' },
    { Name: 'name', Value: user.name },
    ...(user.orgId ? [{ Name: 'custom:orgId', Value: user.orgId }] : []),
    ...(user.unitId ? [{ Name: 'custom:unitId', Value: user.unitId }] : []),
  ];
  await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: pool.userPoolId,
      Username: user.email,
      UserAttributes: attributes,
      MessageAction: 'SUPPRESS',
    }),
  );
  await cognito.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: pool.userPoolId,
      Username: user.email,
      Password: user.password,
      Permanent: true,
    }),
  );
  for (const role of user.roles) {
    await cognito.send(
      new AdminAddUserToGroupCommand({ UserPoolId: pool.userPoolId, Username: user.email, GroupName: role }),
    );
  }
}

/** Signs in with user name and password, as the web app does, and returns the ID token. */
export async function signIn(
  cognito: CognitoIdentityProviderClient,
  pool: UserPoolRef,
  email: string,
  password: string,
): Promise<string> {
  const result = await cognito.send(
    new InitiateAuthCommand({
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );
  const token = result.AuthenticationResult?.IdToken;
  if (!token) throw new Error(`sign-in of ${email} returned no ID token`);
  return token;
}
