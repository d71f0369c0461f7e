import { useEffect, useRef, useState } from 'preact/hooks';
import { CognitoError, finishTotpEnrolment, type SignInStep, startTotpEnrolment } from '../../auth/cognito';
import { cognitoClient } from '../../auth/session';
import { Notice } from '../../ui/notice';
import { CodeField, cleanCode, codeError } from './fields';
import { QrCode } from './qr-code';

/** The key in groups of four, as authenticator apps show it when typed in by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/**
 * The address authenticator apps read from the QR code (Google's Key Uri Format): the issuer
 * names the province's system so officials with several accounts can tell them apart.
 */
export function otpauthUri(issuer: string, email: string, secret: string): string {
  const label = encodeURIComponent(`${issuer}:${email}`);
  const params = new URLSearchParams({ secret, issuer, algorithm: 'SHA1', digits: '6', period: '30' });
  return `otpauth://totp/${label}?${params.toString()}`;
}

/**
 * MFA_SETUP: the key as a QR code and as text, then a code from the app proves it is set up and
 * completes the sign-in.
 */
export function TotpEnrolment({
  email,
  session,
  issuer,
  onStep,
  onRestart,
}: {
  email: string;
  session: string;
  issuer: string;
  onStep: (step: SignInStep) => void;
  onRestart: (message: string) => void;
}) {
  const [enrolment, setEnrolment] = useState<{ secret: string; session: string } | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    startTotpEnrolment(cognitoClient(), session).then(setEnrolment, (e: unknown) =>
      onRestart(
        e instanceof CognitoError ? e.message : 'Không bắt đầu được việc cài đặt. Vui lòng đăng nhập lại.',
      ),
    );
  }, [session, onRestart]);

  if (!enrolment) return <p>Đang chuẩn bị mã cài đặt…</p>;

  const submit = async (event: Event) => {
    event.preventDefault();
    const invalid = codeError(code);
    setError(invalid);
    setFormError(undefined);
    if (invalid) return;
    setBusy(true);
    try {
      onStep(await finishTotpEnrolment(cognitoClient(), email, enrolment.session, cleanCode(code)));
    } catch (e) {
      const message = e instanceof CognitoError ? e.message : 'Không xác nhận được mã. Vui lòng thử lại.';
      if (e instanceof CognitoError && e.type === 'NotAuthorizedException') onRestart(message);
      else setFormError(message);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(enrolment.secret);
      setCopied(true);
    } catch {
      // Clipboard refused (no HTTPS or no permission): the key stays on screen to copy by hand.
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>
        Hệ thống yêu cầu xác thực hai lớp: mỗi lần đăng nhập, ngoài mật khẩu, anh/chị nhập mã 6 số do ứng dụng
        xác thực trên điện thoại tạo ra.
      </p>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <ol class="enrol-steps">
        <li>
          Cài một ứng dụng xác thực trên điện thoại, ví dụ Google Authenticator hoặc Microsoft Authenticator.
        </li>
        <li>
          Trong ứng dụng, chọn thêm tài khoản và quét mã QR này:
          <QrCode
            text={otpauthUri(issuer, email, enrolment.secret)}
            label={`Mã QR để thêm tài khoản ${email} vào ứng dụng xác thực`}
          />
          <p>
            Không quét được? Chọn nhập khóa thủ công và gõ khóa sau (loại: theo thời gian):
            <br />
            <code class="secret-key" data-testid="totp-secret">
              {grouped(enrolment.secret)}
            </code>{' '}
            <button type="button" class="btn-link" onClick={() => void copy()}>
              {copied ? 'Đã sao chép' : 'Sao chép khóa'}
            </button>
          </p>
        </li>
        <li>
          <CodeField
            name="enrol-code"
            label="Mã 6 số ứng dụng đang hiển thị"
            value={code}
            onChange={setCode}
            error={error}
          />
        </li>
      </ol>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang xác nhận…' : 'Xác nhận và đăng nhập'}
        </button>
      </div>
    </form>
  );
}
