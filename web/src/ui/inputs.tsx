import { useEffect, useState } from 'preact/hooks';
import { type ControlProps, Field, type FieldProps } from './field';

/** `05/01/2026` ↔ `2026-01-05`: people type Vietnamese dates, the API takes ISO dates. */
export function viToIso(text: string): string | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  return `${match[3]}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}
export const isoToVi = (iso: string | undefined) =>
  iso && /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
    : (iso ?? '');

/** The schema's message for a malformed date speaks of yyyy-mm-dd; people type dd/mm/yyyy. */
export const dateMessage = (message: string | undefined) =>
  message === 'Ngày phải có dạng yyyy-mm-dd.' ? 'Nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/01/2026.' : message;

/** A date typed as dd/mm/yyyy; the value handed up is ISO when it parses, else the raw text. */
export function DateInput({
  control,
  value,
  onChange,
}: {
  control: ControlProps;
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
}) {
  const [text, setText] = useState(isoToVi(value));
  useEffect(() => {
    if (viToIso(text) !== value && text !== value) setText(isoToVi(value));
  }, [value]);
  return (
    <input
      {...control}
      type="text"
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      autocomplete="off"
      value={text}
      onInput={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        onChange(next.trim() === '' ? undefined : (viToIso(next) ?? next));
      }}
    />
  );
}

export function TextInput({
  control,
  value,
  onChange,
  maxLength,
}: {
  control: ControlProps;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
  maxLength?: number;
}) {
  return (
    <input
      {...control}
      type="text"
      value={value ?? ''}
      {...(maxLength ? { maxLength } : {})}
      onInput={(e) => onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
    />
  );
}

/** A labelled one-line text field: `Field` around a `TextInput`, the form's most common pair. */
export function TextField({
  value,
  onChange,
  maxLength,
  ...field
}: Omit<FieldProps, 'children'> & {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
  maxLength?: number;
}) {
  return (
    <Field {...field}>
      {(c) => (
        <TextInput control={c} value={value} onChange={onChange} {...(maxLength ? { maxLength } : {})} />
      )}
    </Field>
  );
}

export function NumberInput({
  control,
  value,
  onChange,
}: {
  control: ControlProps;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
}) {
  return (
    <input
      {...control}
      type="number"
      inputMode="numeric"
      value={value ?? ''}
      onInput={(e) => {
        const raw = e.currentTarget.value;
        onChange(raw === '' ? undefined : Number(raw));
      }}
    />
  );
}

export function Select<V extends string>({
  control,
  value,
  onChange,
  options,
  empty,
}: {
  control: ControlProps;
  value: V | undefined;
  onChange: (v: V | undefined) => void;
  options: readonly { value: V; label: string }[];
  empty?: string;
}) {
  return (
    <select
      {...control}
      value={value ?? ''}
      onChange={(e) => onChange((e.currentTarget.value || undefined) as V | undefined)}
    >
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A labelled select: `Field` around a `Select`. */
export function SelectField<V extends string>({
  value,
  onChange,
  options,
  empty,
  ...field
}: Omit<FieldProps, 'children'> & {
  value: V | undefined;
  onChange: (v: V | undefined) => void;
  options: readonly { value: V; label: string }[];
  empty?: string;
}) {
  return (
    <Field {...field}>
      {(c) => (
        <Select
          control={c}
          value={value}
          onChange={onChange}
          options={options}
          {...(empty !== undefined ? { empty } : {})}
        />
      )}
    </Field>
  );
}

/** A labelled dd/mm/yyyy date: `Field` around a `DateInput`, with the date message people read. */
export function DateField({
  value,
  onChange,
  error,
  ...field
}: Omit<FieldProps, 'children'> & {
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
}) {
  return (
    <Field {...field} error={dateMessage(error)}>
      {(c) => <DateInput control={c} value={value} onChange={onChange} />}
    </Field>
  );
}
