import { useState } from 'preact/hooks';
import { CognitoError, confirmPasswordReset, requestPasswordReset } from '../../auth/cognito';
import { cognitoClient, normaliseEmail } from '../../auth/session';
import { Notice } from '../../ui/notice';
import {
  CodeField,
  cleanCode,
  codeError,
  EmailField,
  type NewPassword,
  NewPasswordFields,
  newPasswordErrors,
} from './fields';

const failure = (e: unknown) =>
  e instanceof CognitoError ? e.message : 'Không thực hiện được. Vui lòng thử lại.';

/**
 * "Quên mật khẩu": a code by email, then the code and a new password. The reset ends every
 * session the user had (the pool's PostConfirmation trigger); the sign-in form says so.
 */
export function ForgotPassword({
  email: initialEmail,
  fixedEmail,
  onDone,
  onCancel,
}: {
  email: string;
  fixedEmail: boolean;
  onDone: (email: string) => void;
  onCancel: () => void;
}) {
  const [email, setEmail] = useState(initialEmail);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState<NewPassword>({ password: '', repeat: '' });
  const [errors, setErrors] = useState<{ email?: string; code?: string; password?: string; repeat?: string }>(
    {},
  );
  const [formError, setFormError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const send = async (event?: Event) => {
    event?.preventDefault();
    if (!email.trim()) {
      setErrors({ email: 'Nhập địa chỉ email của tài khoản.' });
      return;
    }
    setErrors({});
    setFormError(undefined);
    setBusy(true);
    try {
      setSentTo(await requestPasswordReset(cognitoClient(), normaliseEmail(email)));
    } catch (e) {
      setFormError(failure(e));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (event: Event) => {
    event.preventDefault();
    const found = { ...newPasswordErrors(password), ...(codeError(code) ? { code: codeError(code) } : {}) };
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await confirmPasswordReset(cognitoClient(), normaliseEmail(email), cleanCode(code), password.password);
      onDone(normaliseEmail(email));
    } catch (e) {
      setFormError(failure(e));
    } finally {
      setBusy(false);
    }
  };

  if (sentTo === null) {
    return (
      <form onSubmit={send} noValidate>
        <p>Nhập email của tài khoản. Hệ thống gửi mã xác nhận đến email đó để anh/chị đặt mật khẩu mới.</p>
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <EmailField
          name="reset-email"
          value={email}
          onChange={setEmail}
          readOnly={fixedEmail}
          error={errors.email}
        />
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? 'Đang gửi…' : 'Gửi mã xác nhận'}
          </button>
          <button type="button" class="btn" onClick={onCancel}>
            Quay lại đăng nhập
          </button>
        </div>
      </form>
    );
  }

  return (
    <form onSubmit={confirm} noValidate>
      <Notice tone="ok">
        Nếu {normaliseEmail(email)} là email của một tài khoản, mã xác nhận đã được gửi đến {sentTo}. Mã có
        hiệu lực 01 giờ.
      </Notice>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <CodeField
        name="reset-code"
        label="Mã xác nhận trong email"
        value={code}
        onChange={setCode}
        error={errors.code}
      />
      <NewPasswordFields value={password} onChange={setPassword} errors={errors} />
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang đặt lại…' : 'Đặt lại mật khẩu'}
        </button>
        <button type="button" class="btn" onClick={() => void send()} disabled={busy}>
          Gửi lại mã
        </button>
        <button type="button" class="btn-link" onClick={onCancel}>
          Quay lại đăng nhập
        </button>
      </div>
    </form>
  );
}
