import { describe, expect, it } from 'vitest';
import { cognitoMessage, PASSWORD_RULES } from '../../../web/src/auth/cognito-messages';

// The errors are AWS's own (type and message as Cognito's API answers them).
describe('Cognito errors in Vietnamese', () => {
  it('tells a disabled user to ask the administrator, not that the password is wrong', () => {
    expect(cognitoMessage('NotAuthorizedException', 'User is disabled.')).toBe(
      'Tài khoản đã bị khóa. Liên hệ quản trị hệ thống.',
    );
  });

  it('tells apart a wrong password, a lockout, a lapsed sign-in and an expired temporary password', () => {
    expect(cognitoMessage('NotAuthorizedException', 'Incorrect username or password.')).toBe(
      'Email hoặc mật khẩu không đúng.',
    );
    expect(cognitoMessage('NotAuthorizedException', 'Password attempts exceeded')).toContain('tạm bị khóa');
    expect(
      cognitoMessage('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
    ).toContain('đăng nhập lại từ đầu');
    expect(
      cognitoMessage(
        'NotAuthorizedException',
        'Temporary password has expired and must be reset by an administrator.',
      ),
    ).toContain('Mật khẩu tạm thời đã hết hạn');
  });

  it('says "current password" when changing it', () => {
    expect(
      cognitoMessage('NotAuthorizedException', 'Incorrect username or password.', 'change-password'),
    ).toBe('Mật khẩu hiện tại không đúng.');
  });

  it('names the policy rule a new password breaks', () => {
    const policy = (why: string) =>
      cognitoMessage('InvalidPasswordException', `Password did not conform with policy: ${why}`);
    expect(policy('Password not long enough')).toBe('Mật khẩu phải có ít nhất 12 ký tự.');
    expect(policy('Password must have uppercase characters')).toContain('chữ in hoa');
    expect(policy('Password must have lowercase characters')).toContain('chữ thường');
    expect(policy('Password must have numeric characters')).toContain('chữ số');
    expect(policy('Password must have symbol characters')).toContain('ký hiệu');
  });

  it('explains wrong and expired codes, and too many attempts', () => {
    expect(cognitoMessage('CodeMismatchException', 'Invalid code received for user')).toContain(
      'Mã xác nhận không đúng',
    );
    expect(cognitoMessage('EnableSoftwareTokenMFAException', 'Code mismatch')).toContain(
      'giờ trên điện thoại',
    );
    expect(
      cognitoMessage('ExpiredCodeException', 'Invalid code provided, please request a code again.'),
    ).toContain('hết hạn');
    expect(
      cognitoMessage('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
    ).toContain('Thử quá nhiều lần');
    expect(cognitoMessage('SomethingNew', undefined)).toBe('Không thực hiện được. Vui lòng thử lại.');
  });

  it('checks a candidate password against the rules shown beside the field', () => {
    const broken = (p: string) => PASSWORD_RULES.filter((r) => !r.test(p)).map((r) => r.text);
    expect(broken('Mat-khau-moi-2026')).toEqual([]);
    expect(broken('matkhau')).toEqual([
      'Ít nhất 12 ký tự',
      'Có chữ in hoa (A–Z)',
      'Có chữ số (0–9)',
      'Có ký hiệu, ví dụ ! @ # - _',
    ]);
  });
});
