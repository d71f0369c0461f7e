/**
 * The parts of cognito-local the extensions use, typed as far as they use them. cognito-local is
 * CommonJS whose declarations lean on the v2 AWS SDK's types, which this project does not install.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Attribute {
  readonly Name: string;
  readonly Value?: string;
}

export interface LocalUser {
  readonly Username: string;
  readonly Attributes: readonly Attribute[];
  readonly Enabled: boolean;
  readonly UserStatus: string;
  readonly Password: string;
  readonly UserCreateDate: Date | string;
  readonly UserLastModifiedDate: Date | string;
  readonly RefreshTokens?: readonly string[];
  readonly ConfirmationCode?: string;
  readonly UserMFASettingList?: readonly string[];
  readonly PreferredMfaSetting?: string;
  readonly MFAOptions?: readonly unknown[];
  readonly SoftwareTokenMfaConfiguration?: {
    readonly Secret: string;
    readonly Verified: boolean;
    readonly FriendlyDeviceName?: string;
  };
  // Kept by the extensions; AWS keeps the same facts out of sight.
  /** Consecutive wrong passwords, and until when (epoch ms) the account is locked after them. */
  readonly FailedSignIns?: number;
  readonly LockedUntil?: number;
  /** When the "forgot password" code lapses (epoch ms), and wrong guesses at it. */
  readonly ConfirmationCodeExpiresAt?: number;
  readonly ConfirmationCodeFailures?: number;
  /** Tokens issued before this (epoch seconds) are revoked: GlobalSignOut. */
  readonly SignedOutAt?: number;
  /** The last TOTP time step accepted, so a code is not accepted twice. */
  readonly LastTotpStep?: number;
}

export interface Ctx {
  readonly logger: { info(...args: unknown[]): void; warn(...args: unknown[]): void };
}

export interface UserPool {
  readonly options: {
    readonly Id: string;
    readonly MfaConfiguration?: 'ON' | 'OFF' | 'OPTIONAL';
    readonly Policies?: {
      readonly PasswordPolicy?: {
        readonly MinimumLength?: number;
        readonly RequireLowercase?: boolean;
        readonly RequireUppercase?: boolean;
        readonly RequireNumbers?: boolean;
        readonly RequireSymbols?: boolean;
        readonly TemporaryPasswordValidityDays?: number;
      };
    };
    readonly UserPoolTags?: Readonly<Record<string, string>>;
  };
  getUserByUsername(ctx: Ctx, username: string): Promise<LocalUser | null>;
  saveUser(ctx: Ctx, user: LocalUser): Promise<void>;
  listUserGroupMembership(ctx: Ctx, user: LocalUser): Promise<string[]>;
  storeRefreshToken(ctx: Ctx, token: string, user: LocalUser): Promise<void>;
}

export interface AppClient {
  readonly ClientId: string;
  readonly UserPoolId: string;
}

export interface Services {
  readonly clock: { get(): Date };
  readonly cognito: {
    getUserPool(ctx: Ctx, id: string): Promise<UserPool>;
    getUserPoolForClientId(ctx: Ctx, clientId: string): Promise<UserPool>;
    getAppClient(ctx: Ctx, clientId: string): Promise<AppClient | null>;
  };
  readonly tokenGenerator: {
    generate(
      ctx: Ctx,
      user: LocalUser,
      groups: readonly string[],
      client: AppClient,
      metadata: undefined,
      source: 'Authentication',
    ): Promise<{ AccessToken: string; IdToken: string; RefreshToken: string }>;
  };
  readonly triggers: {
    enabled(name: string): boolean;
  };
}

// biome-ignore lint/suspicious/noExplicitAny: requests are JSON shaped by each target
export type Request = any;
export type Target = (services: Services) => (ctx: Ctx, req: Request) => Promise<unknown>;

export const targets: Record<string, Target> = require('cognito-local/lib/targets/targets').Targets;

interface ErrorsModule {
  CognitoError: new (code: string, message: string) => Error;
}
const errors: ErrorsModule = require('cognito-local/lib/errors');

/** An error cognito-local answers as `{ __type: code, message }` with status 400, as AWS does. */
export const cognitoError = (code: string, message: string): Error => new errors.CognitoError(code, message);

export const notAuthorized = (message: string) => cognitoError('NotAuthorizedException', message);

export const totp: {
  generateSecret(): string;
} = require('cognito-local/lib/services/totp');

export const publicJwk: Record<string, string> =
  require('cognito-local/lib/keys/cognitoLocal.public.json').jwk;

export const attributeValue = (name: string, attributes: readonly Attribute[] | undefined) =>
  attributes?.find((a) => a.Name === name)?.Value;

/** cognito-local's message service; `mail.ts` sends its e-mail through SES local. */
export const messagesService: {
  prototype: {
    deliver(
      ctx: Ctx,
      source: string,
      clientId: string | null,
      userPoolId: string,
      user: LocalUser,
      code: string,
      clientMetadata: unknown,
      deliveryDetails: { DeliveryMedium: string; Destination: string },
    ): Promise<void>;
  };
} = require('cognito-local/lib/services/messages').MessagesService;
