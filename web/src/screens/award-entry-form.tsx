import { useRef, useState } from 'preact/hooks';
import { AwardRecordSchema } from '../../../shared/app/directory/person-inputs';
import { LIMITS } from '../../../shared/domain/forms/limits';
import { AWARD_CODES, TRACK_LABELS, TRACKS } from '../../../shared/domain/vocabulary';
import { ApiError, api } from '../api/client';
import { type IssueMap, toIssueMap, validate } from '../lib/form-issues';
import { newIdempotencyKey } from '../lib/ids';
import { awardName } from '../lib/labels';
import { ApiErrorNotice } from '../ui/api-error';
import { Field } from '../ui/field';
import { DateField, NumberInput, SelectField, TextField } from '../ui/inputs';

type Values = {
  year?: number;
  awardCode?: string;
  track?: string;
  decisionNumber?: string;
  decidedOn?: string;
};

/**
 * An award the person received before the system (or decided elsewhere) entered into their
 * history from the decision: the admin, the Sở's secretariat for its people, the Ban TĐKT tỉnh.
 * Logged with who entered it (the registry change log); the same decision twice is refused (409).
 */
export function AwardEntryForm({ personId, onRecorded }: { personId: string; onRecorded: () => void }) {
  const [values, setValues] = useState<Values>({ track: 'annual' });
  const [issues, setIssues] = useState<IssueMap>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const key = useRef<string | undefined>(undefined);
  const set = (patch: Values) => {
    setValues((v) => ({ ...v, ...patch }));
    setDone(undefined);
    key.current = undefined;
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
    const check = validate(AwardRecordSchema, body);
    if (!check.ok) return setIssues(check.issues);
    key.current ??= newIdempotencyKey();
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/persons/${encodeURIComponent(personId)}/awards`, {
        body: check.value,
        idempotencyKey: key.current,
      });
      key.current = undefined;
      setIssues({});
      setValues({ track: 'annual' });
      setDone(
        `Đã ghi ${awardName(check.value.awardCode)} năm ${check.value.year} vào quá trình khen thưởng.`,
      );
      onRecorded();
    } catch (err) {
      if (err instanceof ApiError && err.status !== 0) key.current = undefined;
      if (err instanceof ApiError) setIssues(toIssueMap(err.issues));
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label="Ghi khen thưởng vào quá trình" class="card">
      <h2>Ghi khen thưởng đã có vào quá trình</h2>
      {done ? (
        <p class="notice notice-ok" role="status">
          {done}
        </p>
      ) : null}
      <ApiErrorNotice error={error} />
      <div class="grid-2">
        <Field name="award-year" label="Năm thành tích" error={issues.year} required>
          {(c) => <NumberInput control={c} value={values.year} onChange={(year) => set({ year })} />}
        </Field>
        <SelectField
          name="award-awardCode"
          label="Danh hiệu, hình thức"
          error={issues.awardCode}
          required
          value={values.awardCode}
          empty="— Chọn —"
          onChange={(awardCode) => set({ awardCode })}
          options={AWARD_CODES.map((code) => ({ value: code, label: awardName(code) }))}
        />
        <SelectField
          name="award-track"
          label="Loại hình"
          error={issues.track}
          required
          value={values.track}
          onChange={(track) => set({ track })}
          options={TRACKS.map((t) => ({ value: t, label: TRACK_LABELS[t] }))}
        />
        <TextField
          name="award-decisionNumber"
          label="Số quyết định"
          hint="Ví dụ: 09/QĐ-SNV"
          error={issues.decisionNumber}
          required
          value={values.decisionNumber}
          onChange={(decisionNumber) => set({ decisionNumber })}
          maxLength={LIMITS.documentNumber}
        />
        <DateField
          name="award-decidedOn"
          label="Ngày quyết định"
          error={issues.decidedOn}
          required
          value={values.decidedOn}
          onChange={(decidedOn) => set({ decidedOn })}
        />
      </div>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang ghi…' : 'Ghi vào quá trình'}
        </button>
      </div>
    </form>
  );
}
