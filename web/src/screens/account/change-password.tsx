import { useState } from 'preact/hooks';
import { CognitoError, changePassword } from '../../auth/cognito';
import { cognitoClient, sessionStore, signOutEverywhereAndHere } from '../../auth/session';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { type NewPassword, NewPasswordFields, newPasswordErrors } from '../sign-in/fields';

/**
 * "Đổi mật khẩu": the current password and a new one. Afterwards every session of the account
 * ends, on every device, this one included, and the person signs in again with the new password.
 */
export function ChangePasswordScreen(_: { params: Record<string, string> }) {
  const [current, setCurrent] = useState('');
  const [proposed, setProposed] = useState<NewPassword>({ password: '', repeat: '' });
  const [errors, setErrors] = useState<{ current?: string; password?: string; repeat?: string }>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = {
      ...(current ? {} : { current: 'Nhập mật khẩu hiện tại.' }),
      ...newPasswordErrors(proposed),
      ...(current && current === proposed.password
        ? { password: 'Mật khẩu mới phải khác mật khẩu hiện tại.' }
        : {}),
    };
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length) return;
    const session = sessionStore.get().session;
    if (!session) return;
    setBusy(true);
    try {
      await changePassword(cognitoClient().endpoint, session.tokens.accessToken, current, proposed.password);
      await signOutEverywhereAndHere(
        'Đã đổi mật khẩu. Mọi phiên đăng nhập của tài khoản, trên mọi thiết bị, đã kết thúc. Hãy đăng nhập lại bằng mật khẩu mới.',
      );
    } catch (e) {
      setFormError(e instanceof CognitoError ? e.message : 'Không đổi được mật khẩu. Vui lòng thử lại.');
      setBusy(false);
    }
  };

  return (
    <>
      <h1>Đổi mật khẩu</h1>
      <p>Sau khi đổi, mọi phiên đăng nhập của tài khoản (kể cả trên thiết bị khác) sẽ kết thúc.</p>
      <form onSubmit={submit} noValidate class="narrow-form">
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <Field name="current-password" label="Mật khẩu hiện tại" error={errors.current} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autocomplete="current-password"
              value={current}
              onInput={(e) => setCurrent(e.currentTarget.value)}
            />
          )}
        </Field>
        <NewPasswordFields value={proposed} onChange={setProposed} errors={errors} />
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? 'Đang đổi…' : 'Đổi mật khẩu'}
          </button>
        </div>
      </form>
    </>
  );
}
