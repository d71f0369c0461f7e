/**
 * Cognito's JSON API called with `fetch`: the same three calls work against AWS and cognito-local,
 * and cost a few hundred bytes instead of the SDK's hundred kilobytes.
 */

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

/** Vietnamese for the errors a person can meet at sign-in. */
const MESSAGES: Readonly<Record<string, string>> = {
  NotAuthorizedException: 'Email hoặc mật khẩu không đúng.',
  UserNotFoundException: 'Email hoặc mật khẩu không đúng.',
  UserNotConfirmedException: 'Tài khoản chưa được kích hoạt. Liên hệ quản trị hệ thống.',
  PasswordResetRequiredException: 'Bạn cần đặt lại mật khẩu. Liên hệ quản trị hệ thống.',
  TooManyRequestsException: 'Đăng nhập quá nhiều lần. Vui lòng thử lại sau ít phút.',
  LimitExceededException: 'Đăng nhập quá nhiều lần. Vui lòng thử lại sau ít phút.',
};

/**
 * The message for a failed call. Cognito says a disabled account is `NotAuthorizedException` with
 * the message "User is disabled."; telling that person their password is wrong would send them
 * round in circles, so they are told to ask the administrator instead.
 */
export function signInMessage(type: string, cognitoMessage: unknown): string {
  if (type === 'NotAuthorizedException' && cognitoMessage === 'User is disabled.')
    return 'Tài khoản đã bị khóa. Liên hệ quản trị hệ thống.';
  return MESSAGES[type] ?? 'Không đăng nhập được. Vui lòng thử lại.';
}

async function call<T>(endpoint: string, target: string, body: unknown): Promise<T> {
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
    throw new CognitoError('NetworkError', 'Không kết nối được máy chủ đăng nhập. Kiểm tra kết nối mạng.');
  }
  const text = await res.text();
  const json = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
  if (!res.ok) {
    const raw = String(json.__type ?? json.code ?? 'UnknownError');
    const type = raw.split('#').at(-1) ?? raw;
    throw new CognitoError(type, signInMessage(type, json.message ?? json.Message));
  }
  return json as T;
}

interface AuthResult {
  AuthenticationResult?: { IdToken: string; AccessToken: string; RefreshToken?: string; ExpiresIn: number };
  ChallengeName?: string;
}

function toTokens(result: AuthResult): Tokens {
  const auth = result.AuthenticationResult;
  if (!auth) {
    // NEW_PASSWORD_REQUIRED and MFA are set up by the administrator, not in this app (yet).
    throw new CognitoError(
      result.ChallengeName ?? 'Challenge',
      'Tài khoản cần hoàn tất bước xác thực bổ sung. Liên hệ quản trị hệ thống.',
    );
  }
  return {
    idToken: auth.IdToken,
    accessToken: auth.AccessToken,
    ...(auth.RefreshToken ? { refreshToken: auth.RefreshToken } : {}),
    expiresAt: Date.now() + auth.ExpiresIn * 1000,
  };
}

export async function signInWithPassword(
  endpoint: string,
  clientId: string,
  email: string,
  password: string,
): Promise<Tokens> {
  const result = await call<AuthResult>(endpoint, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: email, PASSWORD: password },
  });
  return toTokens(result);
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
  return toTokens(result);
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
