import { AwardCorrectionSchema, AwardRecordSchema } from '../../../../shared/app/directory/award-inputs';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import { DEFAULT_CATALOG } from '../../../../shared/domain/rules/catalog';
import { AWARD_CODES, TRACK_LABELS, TRACKS } from '../../../../shared/domain/vocabulary';
import { api } from '../../api/client';
import type { AwardEntryView } from '../../api/types';
import { awardName } from '../../lib/labels';
import { useDraftForm } from '../../lib/use-draft-form';
import { ApiErrorNotice } from '../../ui/api-error';
import { Field } from '../../ui/field';
import { DateField, NumberInput, SelectField, TextField } from '../../ui/inputs';

type Values = {
  year?: number;
  awardCode?: string;
  track?: string;
  decisionNumber?: string;
  decidedOn?: string;
  issuer?: string;
  reason?: string;
};

/** Whose history: `/persons/<id>` or `/units/<id>` (a collective), and which awards it can hold. */
export interface HolderPath {
  readonly path: string;
  readonly subject: 'person' | 'collective';
}

const valuesOf = (entry: AwardEntryView): Values => ({
  year: entry.year,
  awardCode: entry.awardCode,
  track: entry.track,
  ...(entry.decisionNumber ? { decisionNumber: entry.decisionNumber } : {}),
  ...(entry.decidedAt ? { decidedOn: entry.decidedAt.slice(0, 10) } : {}),
  ...(entry.issuer ? { issuer: entry.issuer } : {}),
});

/**
 * An award the holder received before the system (or decided elsewhere) entered into their
 * history from the decision, or such an entry corrected (`editing`) with the reason the change
 * log keeps: the admin, the Sở's secretariat for its own, the Ban TĐKT tỉnh. The same decision
 * twice is refused (409); a correction made on an entry someone changed meanwhile too.
 */
export function AwardEntryForm({
  holder,
  editing,
  onDone,
  onCancel,
}: {
  holder: HolderPath;
  editing?: AwardEntryView;
  onDone: (message: string) => void;
  onCancel?: () => void;
}) {
  const blank: Values = { track: 'annual' };
  const form = useDraftForm<Values>(editing ? valuesOf(editing) : blank);
  const { values, set, issues, error, busy } = form;
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
    await form.send(
      editing ? AwardCorrectionSchema : AwardRecordSchema,
      body,
      (valid, idempotencyKey) =>
        editing
          ? api.patch(`${holder.path}/awards/${encodeURIComponent(editing.ref)}`, {
              body: valid,
              version: editing.version,
            })
          : api.post(`${holder.path}/awards`, { body: valid, idempotencyKey }),
      (_, valid) => {
        if (!editing) form.replace(blank);
        onDone(
          `${editing ? 'Đã sửa' : 'Đã ghi'} ${awardName(valid.awardCode)} năm ${valid.year} ${
            editing ? 'trong' : 'vào'
          } quá trình khen thưởng.`,
        );
      },
    );
  };
  const prefix = editing ? `fix-${editing.ref}` : 'award';
  const title = editing ? 'Sửa khen thưởng đã ghi' : 'Ghi khen thưởng đã có vào quá trình';
  const codes = AWARD_CODES.filter((code) => DEFAULT_CATALOG[code].subjects.includes(holder.subject));
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={title} class="card">
      <h2>{title}</h2>
      <ApiErrorNotice error={error} />
      <div class="grid-2">
        <Field name={`${prefix}-year`} label="Năm thành tích" error={issues.year} required>
          {(c) => <NumberInput control={c} value={values.year} onChange={(year) => set({ year })} />}
        </Field>
        <SelectField
          name={`${prefix}-awardCode`}
          label="Danh hiệu, hình thức"
          error={issues.awardCode}
          required
          value={values.awardCode}
          empty="— Chọn —"
          onChange={(awardCode) => set({ awardCode })}
          options={codes.map((code) => ({ value: code, label: awardName(code) }))}
        />
        <SelectField
          name={`${prefix}-track`}
          label="Loại hình"
          error={issues.track}
          required
          value={values.track}
          onChange={(track) => set({ track })}
          options={TRACKS.map((t) => ({ value: t, label: TRACK_LABELS[t] }))}
        />
        <TextField
          name={`${prefix}-decisionNumber`}
          label="Số quyết định"
          hint="Ví dụ: 09/QĐ-SNV"
          error={issues.decisionNumber}
          required
          value={values.decisionNumber}
          onChange={(decisionNumber) => set({ decisionNumber })}
          maxLength={LIMITS.documentNumber}
        />
        <DateField
          name={`${prefix}-decidedOn`}
          label="Ngày quyết định"
          error={issues.decidedOn}
          required
          value={values.decidedOn}
          onChange={(decidedOn) => set({ decidedOn })}
        />
        <TextField
          name={`${prefix}-issuer`}
          label="Cấp ra quyết định"
          hint="Ví dụ: Giám đốc Sở Nội vụ; Chủ tịch UBND tỉnh"
          error={issues.issuer}
          value={values.issuer}
          onChange={(issuer) => set({ issuer })}
          maxLength={LIMITS.unitName}
        />
      </div>
      {editing ? (
        <TextField
          name={`${prefix}-reason`}
          label="Lý do sửa"
          hint="Được ghi vào nhật ký thay đổi."
          error={issues.reason}
          required
          value={values.reason}
          onChange={(reason) => set({ reason })}
          maxLength={LIMITS.reason}
        />
      ) : null}
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang ghi…' : editing ? 'Lưu sửa đổi' : 'Ghi vào quá trình'}
        </button>
        {onCancel ? (
          <button type="button" class="btn" onClick={onCancel}>
            Hủy
          </button>
        ) : null}
      </div>
    </form>
  );
}
