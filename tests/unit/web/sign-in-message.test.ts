import { describe, expect, it } from 'vitest';
import { signInMessage } from '../../../web/src/auth/cognito';

describe('sign-in messages', () => {
  it('tells a disabled user to ask the administrator, not that the password is wrong', () => {
    expect(signInMessage('NotAuthorizedException', 'User is disabled.')).toBe(
      'Tài khoản đã bị khóa. Liên hệ quản trị hệ thống.',
    );
  });

  it('keeps the wrong-password message for any other refusal', () => {
    expect(signInMessage('NotAuthorizedException', 'Incorrect username or password.')).toBe(
      'Email hoặc mật khẩu không đúng.',
    );
    expect(signInMessage('SomethingNew', undefined)).toBe('Không đăng nhập được. Vui lòng thử lại.');
  });
});
