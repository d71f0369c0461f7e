import { PASSWORD_POLICY } from '../../../shared/users/cognito-settings';

/** Where an error was met: a wrong current password reads differently when changing it. */
export type CognitoContext = 'sign-in' | 'change-password';

const TRY_LATER = 'Thử quá nhiều lần. Vui lòng đợi ít phút rồi thử lại.';

/** Vietnamese for AWS's password-policy refusals (InvalidPasswordException), by their wording. */
function passwordMessage(message: string): string {
  if (/long enough|length/i.test(message))
    return `Mật khẩu phải có ít nhất ${PASSWORD_POLICY.minLength} ký tự.`;
  if (/uppercase/i.test(message)) return 'Mật khẩu phải có ít nhất một chữ in hoa (A–Z).';
  if (/lowercase/i.test(message)) return 'Mật khẩu phải có ít nhất một chữ thường (a–z).';
  if (/numeric/i.test(message)) return 'Mật khẩu phải có ít nhất một chữ số (0–9).';
  if (/symbol/i.test(message)) return 'Mật khẩu phải có ít nhất một ký hiệu, ví dụ ! @ # - _.';
  if (/previous|history/i.test(message)) return 'Mật khẩu mới không được trùng mật khẩu đã dùng gần đây.';
  return 'Mật khẩu chưa đáp ứng yêu cầu an toàn.';
}

/** NotAuthorizedException covers many cases; AWS tells them apart only by the message. */
function notAuthorizedMessage(message: string, context: CognitoContext): string {
  if (message === 'User is disabled.') return 'Tài khoản đã bị khóa. Liên hệ quản trị hệ thống.';
  if (/attempts exceeded/i.test(message))
    return 'Nhập sai mật khẩu quá nhiều lần nên tài khoản tạm bị khóa. Vui lòng thử lại sau ít phút, hoặc chọn "Quên mật khẩu".';
  if (/Invalid session/i.test(message))
    return 'Phiên đăng nhập đã hết hạn hoặc nhập sai mã quá nhiều lần. Vui lòng đăng nhập lại từ đầu.';
  if (/Temporary password has expired/i.test(message))
    return 'Mật khẩu tạm thời đã hết hạn. Liên hệ quản trị hệ thống để được cấp mật khẩu mới.';
  if (/revoked|expired/i.test(message)) return 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.';
  return context === 'change-password' ? 'Mật khẩu hiện tại không đúng.' : 'Email hoặc mật khẩu không đúng.';
}

/** The message for a failed Cognito call: every error a person can meet, in Vietnamese. */
export function cognitoMessage(
  type: string,
  cognitoMessage: unknown,
  context: CognitoContext = 'sign-in',
): string {
  const message = typeof cognitoMessage === 'string' ? cognitoMessage : '';
  switch (type) {
    case 'NotAuthorizedException':
      return notAuthorizedMessage(message, context);
    case 'UserNotFoundException':
      return 'Email hoặc mật khẩu không đúng.';
    case 'InvalidPasswordException':
      return passwordMessage(message);
    case 'CodeMismatchException':
      return 'Mã xác nhận không đúng. Kiểm tra lại và nhập mã đang hiển thị (hoặc mã trong thư mới nhất).';
    case 'EnableSoftwareTokenMFAException':
      return 'Mã không đúng. Kiểm tra giờ trên điện thoại đã đúng chưa và nhập mã đang hiển thị trong ứng dụng.';
    case 'ExpiredCodeException':
      return 'Mã đã hết hạn. Vui lòng yêu cầu gửi mã mới.';
    case 'UserNotConfirmedException':
      return 'Tài khoản chưa được kích hoạt. Liên hệ quản trị hệ thống.';
    case 'PasswordResetRequiredException':
      return 'Quản trị hệ thống đã yêu cầu đặt lại mật khẩu. Chọn "Quên mật khẩu" để nhận mã qua email.';
    case 'LimitExceededException':
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      return TRY_LATER;
    case 'CodeDeliveryFailureException':
      return 'Không gửi được thư chứa mã. Liên hệ quản trị hệ thống.';
    case 'InvalidParameterException':
      return 'Thông tin gửi đi chưa hợp lệ. Vui lòng kiểm tra và thử lại.';
    case 'NetworkError':
      return 'Không kết nối được máy chủ đăng nhập. Kiểm tra kết nối mạng.';
    default:
      return 'Không thực hiện được. Vui lòng thử lại.';
  }
}

/** The rules beside every new-password field, and the first one a candidate breaks (or none). */
export const PASSWORD_RULES: readonly { readonly text: string; readonly test: (p: string) => boolean }[] = [
  { text: `Ít nhất ${PASSWORD_POLICY.minLength} ký tự`, test: (p) => p.length >= PASSWORD_POLICY.minLength },
  { text: 'Có chữ in hoa (A–Z)', test: (p) => /[A-Z]/.test(p) },
  { text: 'Có chữ thường (a–z)', test: (p) => /[a-z]/.test(p) },
  { text: 'Có chữ số (0–9)', test: (p) => /[0-9]/.test(p) },
  { text: 'Có ký hiệu, ví dụ ! @ # - _', test: (p) => /[^A-Za-z0-9]/.test(p) },
];
