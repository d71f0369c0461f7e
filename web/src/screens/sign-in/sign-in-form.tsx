import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  answerNewPassword,
  answerTotpCode,
  CognitoError,
  type SignInStep,
  signInWithPassword,
} from '../../auth/cognito';
import { cognitoClient, completeSignIn, normaliseEmail } from '../../auth/session';
import { Field } from '../../ui/field';
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
import { ForgotPassword } from './forgot-password';
import { TotpEnrolment } from './totp-enrolment';

type Stage =
  | { readonly kind: 'credentials' }
  | { readonly kind: 'forgot' }
  | Exclude<SignInStep, { kind: 'done' }>;

const HEADINGS: Readonly<Record<Stage['kind'], string>> = {
  credentials: 'Đăng nhập',
  forgot: 'Quên mật khẩu',
  'new-password': 'Đặt mật khẩu mới',
  'mfa-setup': 'Cài đặt xác thực hai lớp',
  'mfa-code': 'Nhập mã xác thực',
};

const failure = (e: unknown) =>
  e instanceof CognitoError ? e.message : 'Không đăng nhập được. Vui lòng thử lại.';

/**
 * Sign-in as the pool asks for it, one step at a time: email and password; a new password in
 * place of a temporary one; TOTP enrolment; a code from the app; or "forgot password". The same
 * form re-opens in a dialog when a session expires (`email` then fixed).
 */
export function SignInForm({
  email: fixedEmail,
  issuer = 'Thi đua khen thưởng',
  onDone,
}: {
  email?: string;
  /** Shown in the authenticator app beside the account. */
  issuer?: string;
  onDone?: () => void;
}) {
  const [stage, setStage] = useState<Stage>({ kind: 'credentials' });
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [password, setPassword] = useState('');
  const [newPassword, setNewPassword] = useState<NewPassword>({ password: '', repeat: '' });
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // Each new step is announced by moving focus to its heading (not on first render).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [stage.kind]);

  const go = async (step: SignInStep) => {
    setErrors({});
    setCode('');
    if (step.kind === 'done') {
      await completeSignIn(email, step.tokens);
      setPassword('');
      onDone?.();
      return;
    }
    setMessage(null);
    setStage(step);
  };

  const restart = useCallback((text: string) => {
    setStage({ kind: 'credentials' });
    setPassword('');
    setMessage({ tone: 'error', text });
  }, []);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      // A lapsed or exhausted sign-in session cannot go on: start again from the password.
      if (e instanceof CognitoError && e.type === 'NotAuthorizedException' && stage.kind !== 'credentials')
        restart(e.message);
      else setMessage({ tone: 'error', text: failure(e) });
    } finally {
      setBusy(false);
    }
  };

  const submitCredentials = (event: Event) => {
    event.preventDefault();
    const found = {
      ...(email.trim() ? {} : { email: 'Nhập địa chỉ email.' }),
      ...(password ? {} : { password: 'Nhập mật khẩu.' }),
    };
    setErrors(found);
    if (Object.keys(found).length) return;
    setMessage(null);
    void run(async () => go(await signInWithPassword(cognitoClient(), normaliseEmail(email), password)));
  };

  const submitNewPassword = (event: Event) => {
    event.preventDefault();
    if (stage.kind !== 'new-password') return;
    const found = newPasswordErrors(newPassword);
    setErrors(found);
    if (Object.keys(found).length) return;
    void run(async () =>
      go(
        await answerNewPassword(cognitoClient(), normaliseEmail(email), stage.session, newPassword.password),
      ),
    );
  };

  const submitCode = (event: Event) => {
    event.preventDefault();
    if (stage.kind !== 'mfa-code') return;
    const invalid = codeError(code);
    setErrors({ code: invalid });
    if (invalid) return;
    void run(async () =>
      go(await answerTotpCode(cognitoClient(), normaliseEmail(email), stage.session, cleanCode(code))),
    );
  };

  return (
    <section class="signin-step" aria-labelledby="signin-step-heading">
      <h2 id="signin-step-heading" ref={heading} tabIndex={-1}>
        {HEADINGS[stage.kind]}
      </h2>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}

      {stage.kind === 'credentials' ? (
        <form onSubmit={submitCredentials} noValidate>
          <EmailField
            name="email"
            value={email}
            onChange={setEmail}
            readOnly={Boolean(fixedEmail)}
            error={errors.email}
          />
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
            <button
              type="button"
              class="btn-link"
              onClick={() => {
                setMessage(null);
                setStage({ kind: 'forgot' });
              }}
            >
              Quên mật khẩu?
            </button>
          </div>
        </form>
      ) : null}

      {stage.kind === 'forgot' ? (
        <ForgotPassword
          email={email}
          fixedEmail={Boolean(fixedEmail)}
          onCancel={() => setStage({ kind: 'credentials' })}
          onDone={(resetEmail) => {
            setEmail(resetEmail);
            setPassword('');
            setStage({ kind: 'credentials' });
            setMessage({
              tone: 'ok',
              text: 'Đã đặt lại mật khẩu. Mọi phiên đăng nhập trước đây của tài khoản đã kết thúc. Hãy đăng nhập bằng mật khẩu mới.',
            });
          }}
        />
      ) : null}

      {stage.kind === 'new-password' ? (
        <form onSubmit={submitNewPassword} noValidate>
          <p>Đây là lần đăng nhập đầu tiên. Hãy thay mật khẩu tạm thời bằng mật khẩu của riêng anh/chị.</p>
          <NewPasswordFields value={newPassword} onChange={setNewPassword} errors={errors} />
          <div class="actions">
            <button type="submit" class="btn btn-primary" disabled={busy}>
              {busy ? 'Đang lưu…' : 'Lưu mật khẩu mới'}
            </button>
          </div>
        </form>
      ) : null}

      {stage.kind === 'mfa-setup' ? (
        <TotpEnrolment
          email={normaliseEmail(email)}
          session={stage.session}
          issuer={issuer}
          onStep={(step) => void go(step)}
          onRestart={restart}
        />
      ) : null}

      {stage.kind === 'mfa-code' ? (
        <form onSubmit={submitCode} noValidate>
          <CodeField
            name="totp-code"
            label="Mã 6 số trong ứng dụng xác thực"
            hint="Mở ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator…) và nhập mã đang hiển thị."
            value={code}
            onChange={setCode}
            error={errors.code}
          />
          <div class="actions">
            <button type="submit" class="btn btn-primary" disabled={busy}>
              {busy ? 'Đang xác nhận…' : 'Xác nhận'}
            </button>
            <button type="button" class="btn-link" onClick={() => restart('')}>
              Đăng nhập lại từ đầu
            </button>
          </div>
          <p class="hint">
            Mất điện thoại hoặc đổi máy? Liên hệ quản trị hệ thống để được cài đặt lại xác thực hai lớp.
          </p>
        </form>
      ) : null}
    </section>
  );
}
