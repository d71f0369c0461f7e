/**
 * Passwords as the deployed pool handles them: the policy checked everywhere a password is set, a
 * wrong current password answered as AWS answers it, "forgot password" codes that lapse after an
 * hour and bear a few wrong guesses, no hint whether an address has an account, and the pool's
 * PostConfirmation trigger run after a reset (it ends the user's sessions).
 */
import { randomInt } from 'node:crypto';
import { RESET_CODE_MINUTES } from '../../../shared/users/cognito-settings';
import {
  attributeValue,
  type Ctx,
  cognitoError,
  notAuthorized,
  type Services,
  type Target,
} from './cognito-local';
import { checkPasswordPolicy } from './password-policy';
import { userOfAccessToken } from './tokens';

/** Wrong reset codes before the user must ask for a new one. */
const MAX_CODE_GUESSES = 5;

export interface PasswordHooks {
  /** The pool's PostConfirmation trigger for a ConfirmForgotPassword (`functions/`). */
  afterReset(userPoolId: string, username: string, email: string): Promise<void>;
}

/** A temporary password the policy accepts (cognito-local's six characters would not). */
function temporaryPassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#%&*?'];
  const all = sets.join('');
  const chars = [
    ...sets.map((s) => s[randomInt(s.length)]),
    ...Array.from({ length: 10 }, () => all[randomInt(all.length)]),
  ];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

export function extendPasswords(targets: Record<string, Target>, hooks: PasswordHooks): void {
  targets.ChangePassword = (services) => async (ctx, req) => {
    const { pool, user } = await userOfAccessToken(services, ctx, req.AccessToken);
    if (user.Password !== req.PreviousPassword) throw notAuthorized('Incorrect username or password.');
    checkPasswordPolicy(pool, req.ProposedPassword);
    await pool.saveUser(ctx, {
      ...user,
      Password: String(req.ProposedPassword),
      UserLastModifiedDate: services.clock.get(),
    });
    return {};
  };

  const forgot = targets.ForgotPassword as Target;
  targets.ForgotPassword = (services) => {
    const original = forgot(services);
    return async (ctx, req) => {
      const pool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
      const user = await pool.getUserByUsername(ctx, String(req.Username ?? ''));
      if (!user || user.Enabled === false) {
        // What AWS answers when user-existence errors are prevented: the same shape, no mail.
        return {
          CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'x***@x***' },
        };
      }
      const answer = (await original(ctx, req)) as { CodeDeliveryDetails: { Destination: string } };
      const sent = await pool.getUserByUsername(ctx, user.Username);
      if (sent)
        await pool.saveUser(ctx, {
          ...sent,
          ConfirmationCodeExpiresAt: services.clock.get().getTime() + RESET_CODE_MINUTES * 60_000,
          ConfirmationCodeFailures: 0,
        });
      return {
        CodeDeliveryDetails: {
          ...answer.CodeDeliveryDetails,
          Destination: masked(answer.CodeDeliveryDetails.Destination),
        },
      };
    };
  };

  const confirm = targets.ConfirmForgotPassword as Target;
  targets.ConfirmForgotPassword = (services) => {
    const original = confirm(services);
    return async (ctx, req) => {
      const now = services.clock.get().getTime();
      const pool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
      const user = await pool.getUserByUsername(ctx, String(req.Username ?? ''));
      if (!user?.ConfirmationCode)
        throw cognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
      if ((user.ConfirmationCodeExpiresAt ?? 0) <= now) {
        await pool.saveUser(ctx, { ...user, ConfirmationCode: undefined } as typeof user);
        throw cognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
      }
      if (user.ConfirmationCode !== req.ConfirmationCode) {
        const failures = (user.ConfirmationCodeFailures ?? 0) + 1;
        const spent = failures >= MAX_CODE_GUESSES;
        await pool.saveUser(ctx, {
          ...user,
          ConfirmationCodeFailures: failures,
          ...(spent ? { ConfirmationCode: undefined } : {}),
        } as typeof user);
        throw spent
          ? cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.')
          : cognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
      }
      checkPasswordPolicy(pool, req.Password);
      const result = await original(ctx, req);
      // A reset also lifts a lockout from wrong passwords.
      const reset = await pool.getUserByUsername(ctx, user.Username);
      if (reset) await pool.saveUser(ctx, { ...reset, FailedSignIns: 0, LockedUntil: 0 });
      await hooks.afterReset(pool.options.Id, user.Username, attributeValue('email', user.Attributes) ?? '');
      return result;
    };
  };

  const setPassword = targets.AdminSetUserPassword as Target;
  targets.AdminSetUserPassword = (services) => {
    const original = setPassword(services);
    return async (ctx, req) => {
      checkPasswordPolicy(await services.cognito.getUserPool(ctx, req.UserPoolId), req.Password);
      return original(ctx, req);
    };
  };

  const createUser = targets.AdminCreateUser as Target;
  targets.AdminCreateUser = (services) => {
    const original = createUser(services);
    return async (ctx, req) => {
      if (req.TemporaryPassword !== undefined)
        checkPasswordPolicy(await services.cognito.getUserPool(ctx, req.UserPoolId), req.TemporaryPassword);
      return original(ctx, { ...req, TemporaryPassword: req.TemporaryPassword ?? temporaryPassword() });
    };
  };
}

/** "n***@s***" as AWS shows where the code went. */
function masked(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}

export function extendSignOut(targets: Record<string, Target>): void {
  const signOut = async (
    services: Services,
    ctx: Ctx,
    pool: Awaited<ReturnType<Services['cognito']['getUserPool']>>,
    username: string,
  ) => {
    const user = await pool.getUserByUsername(ctx, username);
    if (!user) throw cognitoError('UserNotFoundException', 'User does not exist.');
    await pool.saveUser(ctx, {
      ...user,
      RefreshTokens: [],
      SignedOutAt: Math.floor(services.clock.get().getTime() / 1000),
    });
  };
  targets.GlobalSignOut = (services) => async (ctx, req) => {
    const { pool, user } = await userOfAccessToken(services, ctx, req.AccessToken);
    await signOut(services, ctx, pool, user.Username);
    return {};
  };
  targets.AdminUserGlobalSignOut = (services) => async (ctx, req) => {
    await signOut(
      services,
      ctx,
      await services.cognito.getUserPool(ctx, req.UserPoolId),
      String(req.Username),
    );
    return {};
  };
  // An admin turns off a user's authenticator app (a lost phone): with MFA required, the next
  // sign-in enrols a new one (MFA_SETUP), as on AWS. cognito-local lacks this admin call.
  targets.AdminSetUserMFAPreference = (services) => async (ctx, req) => {
    const pool = await services.cognito.getUserPool(ctx, req.UserPoolId);
    const user = await pool.getUserByUsername(ctx, String(req.Username));
    if (!user) throw cognitoError('UserNotFoundException', 'User does not exist.');
    const settings = req.SoftwareTokenMfaSettings as
      | { Enabled?: boolean; PreferredMfa?: boolean }
      | undefined;
    if (settings?.Enabled === false) {
      // The old app's secret and its last used code go with it; the new app starts afresh.
      const {
        SoftwareTokenMfaConfiguration: _gone,
        PreferredMfaSetting: _preferred,
        LastTotpStep: _lastStep,
        ...rest
      } = user;
      await pool.saveUser(ctx, {
        ...rest,
        UserMFASettingList: (user.UserMFASettingList ?? []).filter((m) => m !== 'SOFTWARE_TOKEN_MFA'),
      });
    }
    return {};
  };
  for (const name of ['GetUser', 'UpdateUserAttributes', 'SetUserMFAPreference', 'DeleteUser'] as const) {
    const original = targets[name];
    if (!original) continue;
    targets[name] = (services) => {
      const run = original(services);
      return async (ctx, req) => {
        await userOfAccessToken(services, ctx, req.AccessToken);
        return run(ctx, req);
      };
    };
  }
}
