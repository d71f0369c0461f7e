/**
 * What the province's user pool says to people and how long a sign-in may take, declared once
 * for the CDK pool (`infra/constructs/auth.ts`) and the local one (`local/cognito/`), so the
 * mail a new user gets locally is the mail they get on AWS.
 *
 * Cognito substitutes `{username}` and `{####}` (the temporary password or the code).
 */
export const INVITATION_MESSAGE = {
  subject: 'Tài khoản Hệ thống thi đua, khen thưởng',
  body: [
    'Xin chào,',
    '<br><br>Quản trị hệ thống đã tạo cho anh/chị tài khoản Hệ thống quản lý thi đua, khen thưởng.',
    '<br>Tên đăng nhập: {username}',
    '<br>Mật khẩu tạm thời: {####}',
    '<br><br>Lần đăng nhập đầu tiên, hệ thống yêu cầu đặt mật khẩu mới và cài đặt ứng dụng xác thực',
    ' (Google Authenticator, Microsoft Authenticator hoặc tương tự). Mật khẩu tạm thời có hiệu lực 03 ngày.',
  ].join(''),
} as const;

/** The code Cognito mails for "Quên mật khẩu" (ForgotPassword uses the verification message). */
export const VERIFICATION_MESSAGE = {
  subject: 'Mã đặt lại mật khẩu Hệ thống thi đua, khen thưởng',
  body: [
    'Mã xác nhận của anh/chị là {####}.',
    '<br>Mã có hiệu lực 01 giờ. Nếu anh/chị không yêu cầu đặt lại mật khẩu, hãy bỏ qua thư này',
    ' và báo quản trị hệ thống.',
  ].join(''),
} as const;

/** The pool's password policy; the web shows it beside every new-password field. */
export const PASSWORD_POLICY = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
  temporaryPasswordValidityDays: 3,
} as const;

/**
 * How long a sign-in may pause between its steps (Cognito's AuthSessionValidity, 3 to 15
 * minutes; default 3). Enrolling an authenticator app means installing it and scanning a code:
 * ten minutes leaves room for that without keeping half-finished sign-ins alive for long.
 */
export const AUTH_SESSION_MINUTES = 10;

/**
 * How long an ID or access token lives. The API's JWT authorizer checks a token's signature and
 * expiry, not whether its user signed out: after a password reset or "sign out everywhere" the
 * refresh tokens are revoked at once, and a token already issued still opens the API until it
 * expires. Fifteen minutes bounds that window; the web app renews tokens with the refresh token
 * without asking the user, so a shorter life costs one refresh call per quarter hour.
 */
export const TOKEN_MINUTES = 15;

/** How long a "forgot password" code lives in Cognito (one hour, not configurable). */
export const RESET_CODE_MINUTES = 60;
