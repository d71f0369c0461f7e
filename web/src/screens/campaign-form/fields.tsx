import type { ComponentChildren } from 'preact';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import { AWARD_CODES, type SUBJECTS } from '../../../../shared/domain/vocabulary';
import { awardName } from '../../lib/labels';
import { Field, fieldId } from '../../ui/field';

export const SUBJECT_LABELS: Readonly<Record<(typeof SUBJECTS)[number], string>> = {
  person: 'Cá nhân',
  collective: 'Tập thể',
};

export function TextArea({
  name,
  label,
  hint,
  value,
  error,
  required,
  rows = 3,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  value: unknown;
  error: string | undefined;
  required?: boolean;
  rows?: number;
  onChange: (v: string) => void;
}) {
  return (
    <Field name={name} label={label} {...(hint ? { hint } : {})} error={error} required={required ?? false}>
      {(c) => (
        <textarea
          {...c}
          rows={rows}
          maxLength={LIMITS.paragraph}
          value={typeof value === 'string' ? value : ''}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** A group's own error (e.g. "choose at least one"), tied to the group for screen readers. */
export function GroupError({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <span class="field-error" id={`${fieldId(name)}-error`}>
      {error}
    </span>
  ) : null;
}

export function Group({
  name,
  legend,
  error,
  children,
}: {
  name: string;
  legend: string;
  error: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <fieldset
      id={fieldId(name)}
      tabIndex={-1}
      {...(error ? { 'aria-describedby': `${fieldId(name)}-error` } : {})}
    >
      <legend>{legend}</legend>
      <GroupError name={name} error={error} />
      {children}
    </fieldset>
  );
}

/**
 * Drafts a campaign (phong trào thi đua) as its launch document sets it out, with the very schema
 * the API parses it with; saves the draft (If-Match on edits), then publishes it to the units.
 * What was typed stays in this browser until the server has it.
 */
/**
 * The awards a target counts, as the plan words it: any of those ticked ("Bằng khen của Bộ Nội vụ,
 * UBND tỉnh"; "Cờ thi đua hoặc Bằng khen"), and with "trở lên" the higher ones of their ladder.
 */
export function TargetAwards({
  path,
  target,
  error,
  set,
}: {
  path: string;
  target: Record<string, unknown>;
  error: string | undefined;
  set: (path: string, value: unknown) => void;
}) {
  const chosen: string[] =
    (target.awardCodes as string[] | undefined) ?? (target.awardCode ? [target.awardCode as string] : []);
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...chosen, code] : chosen.filter((c) => c !== code);
    set(`${path}.awardCode`, undefined);
    set(`${path}.awardCodes`, next.length > 0 ? next : undefined);
    if (next.length === 0) set(`${path}.orHigher`, undefined);
  };
  return (
    <fieldset class={error ? 'invalid' : undefined}>
      <legend>Danh hiệu, hình thức được tính (bỏ trống: mọi hồ sơ đề nghị)</legend>
      <div class="grid-2">
        {AWARD_CODES.map((code) => (
          <div class="check" key={code}>
            <input
              type="checkbox"
              id={`${path}-award-${code}`}
              checked={chosen.includes(code)}
              onChange={(e) => toggle(code, e.currentTarget.checked)}
            />
            <label for={`${path}-award-${code}`}>{awardName(code)}</label>
          </div>
        ))}
      </div>
      <div class="check">
        <input
          type="checkbox"
          id={`${path}-orHigher`}
          checked={target.orHigher === true}
          disabled={chosen.length === 0}
          onChange={(e) => set(`${path}.orHigher`, e.currentTarget.checked ? true : undefined)}
        />
        <label for={`${path}-orHigher`}>Tính cả danh hiệu, hình thức cao hơn (“… trở lên”)</label>
      </div>
      {error ? <span class="field-error">{error}</span> : null}
    </fieldset>
  );
}
