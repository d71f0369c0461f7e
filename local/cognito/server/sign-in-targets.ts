/**
 * USER_PASSWORD_AUTH and the challenges after it, as the deployed pool runs them:
 * NEW_PASSWORD_REQUIRED for a temporary password, MFA_SETUP (AssociateSoftwareToken and
 * VerifySoftwareToken with the Session) when MFA is required and not yet enrolled, and
 * SOFTWARE_TOKEN_MFA afterwards. Wrong passwords count towards a lockout as AWS's do.
 */
import {
  type AuthSession,
  type ChallengeName,
  failSession,
  liveSession,
  openSession,
  spendSession,
} from './auth-sessions';
import {
  attributeValue,
  type Ctx,
  cognitoError,
  type LocalUser,
  notAuthorized,
  type Request,
  type Services,
  type Target,
  totp,
  type UserPool,
} from './cognito-local';
import { codeStep, nextStep } from './mfa';
import { checkPasswordPolicy } from './password-policy';
import { issueTokens, userOfAccessToken } from './tokens';

/** Consecutive wrong passwords before the account is locked for a while. */
export const LOCKOUT_AFTER = 5;
const LOCKOUT_MAX_MS = 15 * 60_000;

const WRONG_CREDENTIALS = 'Incorrect username or password.';

const challenge = (
  name: ChallengeName,
  user: LocalUser,
  clientId: string,
  now: number,
  extra: Record<string, string> = {},
) => ({
  ChallengeName: name,
  ChallengeParameters: { USER_ID_FOR_SRP: user.Username, ...extra },
  Session: openSession({ username: user.Username, clientId, challenge: name }, now),
});

async function afterPassword(
  services: Services,
  ctx: Ctx,
  pool: UserPool,
  user: LocalUser,
  clientId: string,
) {
  const now = services.clock.get().getTime();
  switch (nextStep(pool, user)) {
    case 'SOFTWARE_TOKEN_MFA':
      return challenge('SOFTWARE_TOKEN_MFA', user, clientId, now);
    case 'MFA_SETUP':
      return challenge('MFA_SETUP', user, clientId, now, { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' });
    default:
      return issueTokens(services, ctx, pool, user, clientId);
  }
}

const passwordAuth = async (services: Services, ctx: Ctx, req: Request) => {
  const now = services.clock.get().getTime();
  const pool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
  const user = await pool.getUserByUsername(ctx, String(req.AuthParameters?.USERNAME ?? ''));
  // The web client prevents user-existence errors: an unknown user reads as a wrong password.
  if (!user) throw notAuthorized(WRONG_CREDENTIALS);
  if (user.Enabled === false) throw notAuthorized('User is disabled.');
  if ((user.LockedUntil ?? 0) > now) throw notAuthorized('Password attempts exceeded');
  if (user.Password !== req.AuthParameters?.PASSWORD) {
    const failures = (user.FailedSignIns ?? 0) + 1;
    const locked = failures >= LOCKOUT_AFTER;
    await pool.saveUser(ctx, {
      ...user,
      FailedSignIns: failures,
      ...(locked
        ? { LockedUntil: now + Math.min(LOCKOUT_MAX_MS, 60_000 * 2 ** (failures - LOCKOUT_AFTER)) }
        : {}),
    });
    throw notAuthorized(locked ? 'Password attempts exceeded' : WRONG_CREDENTIALS);
  }
  const current = { ...user, FailedSignIns: 0, LockedUntil: 0 };
  await pool.saveUser(ctx, current);
  if (user.UserStatus === 'RESET_REQUIRED')
    throw cognitoError('PasswordResetRequiredException', 'Password reset required for the user');
  if (user.UserStatus === 'UNCONFIRMED')
    throw cognitoError('UserNotConfirmedException', 'User is not confirmed.');
  if (user.UserStatus === 'FORCE_CHANGE_PASSWORD') {
    const days = pool.options.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays ?? 7;
    if (now - new Date(user.UserLastModifiedDate).getTime() > days * 86_400_000)
      throw notAuthorized('Temporary password has expired and must be reset by an administrator.');
    return challenge('NEW_PASSWORD_REQUIRED', user, req.ClientId, now, {
      requiredAttributes: '[]',
      userAttributes: JSON.stringify({ email: attributeValue('email', user.Attributes) ?? '' }),
    });
  }
  return afterPassword(services, ctx, pool, current, req.ClientId);
};

export function extendSignIn(targets: Record<string, Target>): void {
  const initiateAuth = targets.InitiateAuth as Target;
  targets.InitiateAuth = (services) => {
    const original = initiateAuth(services);
    return (ctx, req) =>
      req.AuthFlow === 'USER_PASSWORD_AUTH' ? passwordAuth(services, ctx, req) : original(ctx, req);
  };

  targets.RespondToAuthChallenge = (services) => async (ctx, req) => {
    const now = services.clock.get().getTime();
    const name = req.ChallengeName as ChallengeName;
    const session = liveSession(req.Session, name, now, String(req.ClientId));
    const pool = await services.cognito.getUserPoolForClientId(ctx, session.clientId);
    const user = await pool.getUserByUsername(ctx, session.username);
    const named = await pool.getUserByUsername(ctx, String(req.ChallengeResponses?.USERNAME ?? ''));
    if (!user || named?.Username !== user.Username) throw notAuthorized('Invalid session for the user.');
    if (user.Enabled === false) throw notAuthorized('User is disabled.');

    if (name === 'NEW_PASSWORD_REQUIRED') {
      // A refused password leaves the step open, as on AWS.
      checkPasswordPolicy(pool, req.ChallengeResponses?.NEW_PASSWORD);
      spendSession(session.id);
      const updated = {
        ...user,
        Password: String(req.ChallengeResponses.NEW_PASSWORD),
        UserStatus: 'CONFIRMED',
        UserLastModifiedDate: new Date(now),
      };
      await pool.saveUser(ctx, updated);
      return afterPassword(services, ctx, pool, updated, session.clientId);
    }
    if (name === 'MFA_SETUP') {
      if (!session.totpVerified)
        throw cognitoError(
          'InvalidParameterException',
          'Software token MFA has not been verified for this session.',
        );
      spendSession(session.id);
      return issueTokens(services, ctx, pool, user, session.clientId);
    }
    // SOFTWARE_TOKEN_MFA: a code is good once (its 30-second step is remembered).
    const step = codeStep(
      user.SoftwareTokenMfaConfiguration?.Secret,
      req.ChallengeResponses?.SOFTWARE_TOKEN_MFA_CODE,
      now,
    );
    if (step === undefined || step <= (user.LastTotpStep ?? -1)) {
      throw (
        failSession(session.id) ?? cognitoError('CodeMismatchException', 'Invalid code received for user')
      );
    }
    spendSession(session.id);
    await pool.saveUser(ctx, { ...user, LastTotpStep: step });
    return issueTokens(services, ctx, pool, user, session.clientId);
  };

  // With an access token (a signed-in user adding an app) cognito-local's own target serves, once
  // the token is checked; with the Session of an MFA_SETUP sign-in, these.
  targets.AssociateSoftwareToken = withSessionOrAccessToken(
    targets.AssociateSoftwareToken as Target,
    async ({ ctx, pool, user, session, now }) => {
      const secret = totp.generateSecret();
      spendSession(session.id);
      await pool.saveUser(ctx, {
        ...user,
        SoftwareTokenMfaConfiguration: { Secret: secret, Verified: false },
      });
      return { SecretCode: secret, Session: openSession({ ...session, totpVerified: false }, now) };
    },
  );

  targets.VerifySoftwareToken = withSessionOrAccessToken(
    targets.VerifySoftwareToken as Target,
    async ({ ctx, req, pool, user, session, now }) => {
      const secret = user.SoftwareTokenMfaConfiguration?.Secret;
      const step = codeStep(secret, req.UserCode, now);
      if (!secret || step === undefined) {
        throw failSession(session.id) ?? cognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');
      }
      spendSession(session.id);
      await pool.saveUser(ctx, {
        ...user,
        SoftwareTokenMfaConfiguration: {
          Secret: secret,
          Verified: true,
          ...(req.FriendlyDeviceName ? { FriendlyDeviceName: String(req.FriendlyDeviceName) } : {}),
        },
        UserMFASettingList: ['SOFTWARE_TOKEN_MFA'],
        PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA',
        LastTotpStep: step,
      });
      return { Status: 'SUCCESS', Session: openSession({ ...session, totpVerified: true }, now) };
    },
  );
}

type SessionStep = (input: {
  ctx: Ctx;
  req: Request;
  pool: UserPool;
  user: LocalUser;
  session: AuthSession & { readonly id: string };
  now: number;
}) => Promise<unknown>;

function withSessionOrAccessToken(original: Target, step: SessionStep): Target {
  return (services) => {
    const run = original(services);
    return async (ctx, req) => {
      if (req.AccessToken) {
        await userOfAccessToken(services, ctx, req.AccessToken);
        return run(ctx, req);
      }
      const now = services.clock.get().getTime();
      return step({ ctx, req, now, ...(await sessionUser(services, ctx, req, now)) });
    };
  };
}

/** The MFA_SETUP session's user; these calls carry no client id, the session names it. */
async function sessionUser(services: Services, ctx: Ctx, req: Request, now: number) {
  const session = liveSession(req.Session, 'MFA_SETUP', now);
  const pool = await services.cognito.getUserPoolForClientId(ctx, session.clientId);
  const user = await pool.getUserByUsername(ctx, session.username);
  if (!user || user.Enabled === false) throw notAuthorized('Invalid session for the user.');
  return { pool, user, session };
}
