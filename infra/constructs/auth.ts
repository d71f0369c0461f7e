import { join } from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolOperation,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { type IRole, Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ROLE_LABELS, ROLES } from '../../shared/domain/vocabulary';
import { handlerEntry } from '../../shared/http/route-table';
import {
  AUTH_SESSION_MINUTES,
  INVITATION_MESSAGE,
  PASSWORD_POLICY,
  TOKEN_MINUTES,
  VERIFICATION_MESSAGE,
} from '../../shared/users/cognito-settings';
import { REPO_ROOT } from '../province-config';
import { TdktFunction } from './tdkt-function';

/** Cognito's JSON API in a region: what the web app signs in against (and its CSP allows). */
export const cognitoEndpoint = (region: string): string => `https://cognito-idp.${region}.amazonaws.com`;

export interface AuthProps {
  readonly provinceName: string;
  readonly mfa: 'required' | 'optional';
  readonly logRetention: RetentionDays;
}

/**
 * The province's users, declared as `local/cognito/setup.ts` creates them locally: email as
 * user name, custom attributes `orgId` and `unitId`, one group per role (groups are roles), and
 * one app client for the web app, which signs in with USER_PASSWORD_AUTH over TLS and refreshes
 * with REFRESH_TOKEN_AUTH (`web/src/auth/cognito.ts`). No self sign-up: an admin creates every
 * account.
 */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `tdkt-${props.provinceName}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      // A user who changes their address keeps signing in and receiving mail at the old one until
      // they confirm the new one with the code Cognito sends.
      keepOriginal: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      // Mutable so an admin can move a user; never writable by the user (see the client below).
      customAttributes: {
        orgId: new StringAttribute({ mutable: true, maxLen: 64 }),
        unitId: new StringAttribute({ mutable: true, maxLen: 64 }),
      },
      passwordPolicy: {
        minLength: PASSWORD_POLICY.minLength,
        requireLowercase: PASSWORD_POLICY.requireLowercase,
        requireUppercase: PASSWORD_POLICY.requireUppercase,
        requireDigits: PASSWORD_POLICY.requireDigits,
        requireSymbols: PASSWORD_POLICY.requireSymbols,
        tempPasswordValidity: Duration.days(PASSWORD_POLICY.temporaryPasswordValidityDays),
      },
      // Vietnamese mail for the temporary password and the reset code, the same text the local
      // pool sends (shared/users/cognito-settings.ts).
      userInvitation: { emailSubject: INVITATION_MESSAGE.subject, emailBody: INVITATION_MESSAGE.body },
      userVerification: {
        emailStyle: VerificationEmailStyle.CODE,
        emailSubject: VERIFICATION_MESSAGE.subject,
        emailBody: VERIFICATION_MESSAGE.body,
      },
      mfa: props.mfa === 'required' ? Mfa.REQUIRED : Mfa.OPTIONAL,
      // TOTP only: no SMS (cost, SIM-swap risk, and no SMS sandbox exit needed).
      mfaSecondFactor: { sms: false, otp: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Essentials, not Plus: threat protection would cost ~USD 0.02 per active user a month with no free tier; sign-in is protected by MFA, strong passwords and admin-only account creation (docs/deploy.md).',
    });
    if (props.mfa === 'optional')
      Validations.of(this.userPool).acknowledge({
        id: 'AwsSolutions-COG2',
        reason:
          'This province chose optional MFA for unit officers; admins, directors and leaders must enrol TOTP before they are added to their group (docs/deploy.md, "MFA").',
      });

    ROLES.forEach((role, precedence) => {
      new CfnUserPoolGroup(this, `Group-${role}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: role,
        description: ROLE_LABELS[role],
        precedence,
      });
    });

    // The browser reads profile attributes and writes none it could abuse: were custom:orgId
    // writable, a user could move themselves into another organisation; were `name` writable, they
    // could sign the audit trail with another person's name (every state change records the
    // actor's name from the ID token). Admins set both. Only `email` stays writable, because
    // Cognito requires a pool's required attributes to be writable by its app clients; a changed
    // address must be verified again before Cognito uses it.
    const readable = new ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
      .withCustomAttributes('orgId', 'unitId');
    const writable = new ClientAttributes().withStandardAttributes({ email: true });
    this.client = this.userPool.addClient('WebClient', {
      userPoolClientName: 'tdkt-web',
      // A browser cannot keep a secret. Only the flows the web app uses: USER_PASSWORD_AUTH, and
      // REFRESH_TOKEN_AUTH, which CDK adds to any client with an auth flow; no SRP, no admin flows.
      generateSecret: false,
      authFlows: { userPassword: true },
      preventUserExistenceErrors: true,
      readAttributes: readable,
      writeAttributes: writable,
      idTokenValidity: Duration.minutes(TOKEN_MINUTES),
      accessTokenValidity: Duration.minutes(TOKEN_MINUTES),
      refreshTokenValidity: Duration.hours(12),
      enableTokenRevocation: true,
      authSessionValidity: Duration.minutes(AUTH_SESSION_MINUTES),
    });

    // After a forgotten password is reset, every session of the user ends (Cognito keeps them).
    const endSessions = new TdktFunction(this, 'EndSessionsAfterReset', {
      source: { kind: 'handler', entry: join(REPO_ROOT, handlerEntry({ id: 'end-sessions-after-reset' })) },
      description: 'Cognito PostConfirmation trigger: signs the user out everywhere after a password reset',
      provinceCode: props.provinceName,
      logRetention: props.logRetention,
      invocation: 'sync',
      memorySize: 256,
      usesRuntime: false,
    });
    this.userPool.addTrigger(UserPoolOperation.POST_CONFIRMATION, endSessions);
    // A policy of its own, not the role's default one: the function must not depend on the pool,
    // which depends on the function through its trigger.
    new Policy(this, 'EndSessionsPolicy', {
      roles: [endSessions.role as IRole],
      statements: [
        new PolicyStatement({
          actions: ['cognito-idp:AdminUserGlobalSignOut'],
          resources: [this.userPool.userPoolArn],
        }),
      ],
    });
  }
}
