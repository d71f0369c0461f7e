import { LIMITS } from '../../../shared/domain/forms/limits';
import { Field } from './field';

/**
 * Why an official does what cannot be taken back (a return, a revocation, a recusal, mailing a
 * stopped address again): a few lines, as long as the API's reasons may be, recorded with the act.
 */
export function ReasonField({
  name,
  label,
  value,
  onChange,
  error,
  rows = 3,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  rows?: number;
}) {
  return (
    <Field name={name} label={label} error={error} required>
      {(c) => (
        <textarea
          {...c}
          rows={rows}
          maxLength={LIMITS.reason}
          value={value}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}
