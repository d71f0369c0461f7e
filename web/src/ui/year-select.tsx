import { Field } from './field';
import { Select } from './inputs';

/**
 * A year chosen from this one and the `back` before it, newest first: the filter of the report
 * and list screens. `extra` options (a period already chosen) come before the years.
 */
export function YearSelect({
  name,
  label,
  value,
  onChange,
  latest,
  back = 2,
  extra = [],
}: {
  name: string;
  label: string;
  /** The chosen year, or an `extra` option's value. */
  value: string;
  onChange: (value: string) => void;
  /** The newest year offered (this year, or the reporting year under way). */
  latest: number;
  back?: number;
  extra?: readonly { readonly value: string; readonly label: string }[];
}) {
  const years = Array.from({ length: back + 1 }, (_, d) => String(latest - d));
  return (
    <Field name={name} label={label}>
      {(c) => (
        <Select
          control={c}
          value={value}
          onChange={(v) => onChange(v ?? '')}
          options={[...extra, ...years.map((y) => ({ value: y, label: y }))]}
        />
      )}
    </Field>
  );
}
