import { PASSWORD_RULES } from '../../auth/cognito-messages';
import { Field } from '../../ui/field';

export interface NewPassword {
  readonly password: string;
  readonly repeat: string;
}

/** What is wrong with a new password before it is sent, per field (empty: nothing). */
export function newPasswordErrors(value: NewPassword): { password?: string; repeat?: string } {
  const broken = PASSWORD_RULES.filter((rule) => !rule.test(value.password));
  return {
    ...(value.password === ''
      ? { password: 'Nhập mật khẩu mới.' }
      : broken.length
        ? { password: `Mật khẩu chưa đạt: ${broken.map((r) => r.text.toLowerCase()).join('; ')}.` }
        : {}),
    ...(value.repeat !== value.password ? { repeat: 'Hai lần nhập mật khẩu mới chưa khớp.' } : {}),
  };
}

/** New password and its repetition, with the pool's rules ticked off as they are met. */
export function NewPasswordFields({
  value,
  onChange,
  errors,
}: {
  value: NewPassword;
  onChange: (value: NewPassword) => void;
  errors: { password?: string | undefined; repeat?: string | undefined };
}) {
  return (
    <>
      <Field name="new-password" label="Mật khẩu mới" error={errors.password} required>
        {(control) => (
          <input
            {...control}
            aria-describedby={[control['aria-describedby'], 'password-rules'].filter(Boolean).join(' ')}
            type="password"
            autocomplete="new-password"
            value={value.password}
            onInput={(e) => onChange({ ...value, password: e.currentTarget.value })}
          />
        )}
      </Field>
      <ul class="password-rules" id="password-rules" aria-label="Yêu cầu đối với mật khẩu">
        {PASSWORD_RULES.map((rule) => {
          const met = rule.test(value.password);
          return (
            <li key={rule.text} class={met ? 'met' : undefined}>
              <span aria-hidden="true">{met ? '✓' : '•'}</span> {rule.text}
              <span class="visually-hidden">{met ? ' (đã đạt)' : ' (chưa đạt)'}</span>
            </li>
          );
        })}
      </ul>
      <Field name="repeat-password" label="Nhập lại mật khẩu mới" error={errors.repeat} required>
        {(control) => (
          <input
            {...control}
            type="password"
            autocomplete="new-password"
            value={value.repeat}
            onInput={(e) => onChange({ ...value, repeat: e.currentTarget.value })}
          />
        )}
      </Field>
    </>
  );
}

/** Six digits from an authenticator app or a mail; spaces people type are ignored. */
export const cleanCode = (code: string) => code.replace(/\s+/g, '');
export const codeError = (code: string) =>
  /^\d{6}$/.test(cleanCode(code)) ? undefined : 'Nhập đủ 6 chữ số.';

export function CodeField({
  name,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <Field name={name} label={label} {...(hint ? { hint } : {})} error={error} required>
      {(control) => (
        <input
          {...control}
          class="code-input"
          inputMode="numeric"
          autocomplete="one-time-code"
          maxLength={7}
          value={value}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** The account's sign-in address; read-only when the form is for a known person (expired session). */
export function EmailField({
  name,
  value,
  onChange,
  readOnly,
  error,
}: {
  name: string;
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  error?: string | undefined;
}) {
  return (
    <Field name={name} label="Email" error={error} required>
      {(control) => (
        <input
          {...control}
          type="email"
          autocomplete="username"
          value={value}
          readOnly={readOnly}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}
