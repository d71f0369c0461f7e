/**
 * Cognito's JSON API called with `fetch`: the same calls work against AWS and the local Cognito
 * (which presents the same challenges), and cost a few hundred bytes instead of the SDK's hundred
 * kilobytes.
 */
import { type CognitoContext, cognitoMessage } from './cognito-messages';

export interface Tokens {
  readonly idToken: string;
  readonly accessToken: string;
  /** Absent in a refresh answer: Cognito keeps the refresh token it was given. */
  readonly refreshToken?: string;
  /** Epoch milliseconds when the ID token expires. */
  readonly expiresAt: number;
}

export class CognitoError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(
  endpoint: string,
  target: string,
  body: unknown,
  context: CognitoContext = 'sign-in',
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${endpoint}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${target}`,
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new CognitoError('NetworkError', cognitoMessage('NetworkError', undefined));
  }
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  if (!res.ok) {
    const raw = String(json.__type ?? json.code ?? 'UnknownError');
    const type = raw.split('#').at(-1) ?? raw;
    throw new CognitoError(type, cognitoMessage(type, json.message ?? json.Message, context));
  }
  return json as T;
}

interface AuthResult {
  AuthenticationResult?: { IdToken: string; AccessToken: string; RefreshToken?: string; ExpiresIn: number };
  ChallengeName?: string;
  Session?: string;
}

function toTokens(auth: NonNullable<AuthResult['AuthenticationResult']>): Tokens {
  return {
    idToken: auth.IdToken,
    accessToken: auth.AccessToken,
    ...(auth.RefreshToken ? { refreshToken: auth.RefreshToken } : {}),
    expiresAt: Date.now() + (auth.ExpiresIn || 3600) * 1000,
  };
}

/**
 * Where a sign-in stands: signed in, or the step Cognito asks for next, with the `session` that
 * step must be answered with (it lapses after a few minutes).
 */
export type SignInStep =
  | { readonly kind: 'done'; readonly tokens: Tokens }
  | { readonly kind: 'new-password'; readonly session: string }
  | { readonly kind: 'mfa-setup'; readonly session: string }
  | { readonly kind: 'mfa-code'; readonly session: string };

function toStep(result: AuthResult): SignInStep {
  if (result.AuthenticationResult) return { kind: 'done', tokens: toTokens(result.AuthenticationResult) };
  const session = result.Session ?? '';
  switch (result.ChallengeName) {
    case 'NEW_PASSWORD_REQUIRED':
      return { kind: 'new-password', session };
    case 'MFA_SETUP':
      return { kind: 'mfa-setup', session };
    case 'SOFTWARE_TOKEN_MFA':
      return { kind: 'mfa-code', session };
    default:
      // SMS and e-mail codes are not offered by this pool (TOTP only).
      throw new CognitoError(
        result.ChallengeName ?? 'Challenge',
        'Tài khoản cần một bước xác thực mà ứng dụng chưa hỗ trợ. Liên hệ quản trị hệ thống.',
      );
  }
}

export interface CognitoClient {
  readonly endpoint: string;
  readonly clientId: string;
}

export async function signInWithPassword(
  c: CognitoClient,
  email: string,
  password: string,
): Promise<SignInStep> {
  const result = await call<AuthResult>(c.endpoint, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: c.clientId,
    AuthParameters: { USERNAME: email, PASSWORD: password },
  });
  return toStep(result);
}

const respond = async (
  c: CognitoClient,
  name: string,
  session: string,
  responses: Record<string, string>,
): Promise<SignInStep> =>
  toStep(
    await call<AuthResult>(c.endpoint, 'RespondToAuthChallenge', {
      ClientId: c.clientId,
      ChallengeName: name,
      Session: session,
      ChallengeResponses: responses,
    }),
  );

/** First sign-in with a temporary password: the password the user chose instead. */
export const answerNewPassword = (c: CognitoClient, email: string, session: string, newPassword: string) =>
  respond(c, 'NEW_PASSWORD_REQUIRED', session, { USERNAME: email, NEW_PASSWORD: newPassword });

/** A code from the authenticator app at a later sign-in. */
export const answerTotpCode = (c: CognitoClient, email: string, session: string, code: string) =>
  respond(c, 'SOFTWARE_TOKEN_MFA', session, { USERNAME: email, SOFTWARE_TOKEN_MFA_CODE: code });

/** TOTP enrolment, first step: the secret key the app shows as a QR code and as text. */
export async function startTotpEnrolment(c: CognitoClient, session: string) {
  const result = await call<{ SecretCode: string; Session: string }>(c.endpoint, 'AssociateSoftwareToken', {
    Session: session,
  });
  return { secret: result.SecretCode, session: result.Session };
}

/** TOTP enrolment, last steps: a code proves the app holds the key; then the sign-in completes. */
export async function finishTotpEnrolment(c: CognitoClient, email: string, session: string, code: string) {
  const verified = await call<{ Status: string; Session: string }>(c.endpoint, 'VerifySoftwareToken', {
    Session: session,
    UserCode: code,
    FriendlyDeviceName: 'Ứng dụng xác thực',
  });
  return respond(c, 'MFA_SETUP', verified.Session, { USERNAME: email });
}

/** Mails a reset code; answers where it went ("n***@s***"), the same whether or not the account exists. */
export async function requestPasswordReset(c: CognitoClient, email: string): Promise<string> {
  const result = await call<{ CodeDeliveryDetails?: { Destination?: string } }>(
    c.endpoint,
    'ForgotPassword',
    {
      ClientId: c.clientId,
      Username: email,
    },
  );
  return result.CodeDeliveryDetails?.Destination ?? email;
}

export async function confirmPasswordReset(c: CognitoClient, email: string, code: string, password: string) {
  await call(c.endpoint, 'ConfirmForgotPassword', {
    ClientId: c.clientId,
    Username: email,
    ConfirmationCode: code,
    Password: password,
  });
}

export async function changePassword(
  endpoint: string,
  accessToken: string,
  previous: string,
  proposed: string,
) {
  await call(
    endpoint,
    'ChangePassword',
    { AccessToken: accessToken, PreviousPassword: previous, ProposedPassword: proposed },
    'change-password',
  );
}

/** Ends every session of the user, on every device (refresh tokens revoked). */
export async function signOutEverywhere(endpoint: string, accessToken: string) {
  await call(endpoint, 'GlobalSignOut', { AccessToken: accessToken });
}

export async function refreshTokens(
  endpoint: string,
  clientId: string,
  refreshToken: string,
): Promise<Tokens> {
  const result = await call<AuthResult>(endpoint, 'InitiateAuth', {
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    ClientId: clientId,
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  });
  const step = toStep(result);
  if (step.kind !== 'done')
    throw new CognitoError('Challenge', 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.');
  return step.tokens;
}

/** Revokes the refresh token so a copied session cannot be renewed; best effort at sign-out. */
export async function revokeRefreshToken(
  endpoint: string,
  clientId: string,
  refreshToken: string,
): Promise<void> {
  await call(endpoint, 'RevokeToken', { ClientId: clientId, Token: refreshToken }).catch(() => undefined);
}

/** The claims of a JWT, without verifying it: the API verifies; the app only reads the expiry. */
export function decodeClaims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/**
 * The user's display name from their attributes. An ID token from AWS carries `name`, one from
 * cognito-local does not; GetUser answers in both.
 */
export async function fetchDisplayName(endpoint: string, accessToken: string): Promise<string | undefined> {
  try {
    const result = await call<{ UserAttributes?: { Name: string; Value: string }[] }>(endpoint, 'GetUser', {
      AccessToken: accessToken,
    });
    return result.UserAttributes?.find((a) => a.Name === 'name')?.Value;
  } catch {
    return undefined;
  }
}
