import { useState } from 'preact/hooks';
import { CognitoError } from '../auth/cognito';
import { signIn } from '../auth/session';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';

/** Email and password against Cognito; the same form re-opens in a dialog when a session expires. */
export function SignInForm({ email: fixedEmail, onDone }: { email?: string; onDone?: () => void }) {
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!email.trim()) found.email = 'Nhập địa chỉ email.';
    if (!password) found.password = 'Nhập mật khẩu.';
    setErrors(found);
    if (found.email || found.password) return;
    setBusy(true);
    try {
      await signIn(email, password);
      setPassword('');
      onDone?.();
    } catch (error) {
      setErrors({
        form: error instanceof CognitoError ? error.message : 'Không đăng nhập được. Vui lòng thử lại.',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <Field name="email" label="Email" error={errors.email} required>
        {(control) => (
          <input
            {...control}
            type="email"
            autocomplete="username"
            value={email}
            readOnly={Boolean(fixedEmail)}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field name="password" label="Mật khẩu" error={errors.password} required>
        {(control) => (
          <input
            {...control}
            type="password"
            autocomplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </button>
      </div>
    </form>
  );
}

export function SignInScreen({ provinceName }: { provinceName?: string | undefined }) {
  return (
    <main id="main" class="signin">
      <h1>Đăng nhập</h1>
      <p>
        Hệ thống quản lý thi đua, khen thưởng{provinceName ? ` tỉnh ${provinceName}` : ''}: đơn vị đề nghị,
        Hội đồng xét, tỉnh quyết định.
      </p>
      <SignInForm />
    </main>
  );
}
