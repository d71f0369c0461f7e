import type { ComponentChildren } from 'preact';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import {
  ACHIEVEMENT_POINTS,
  type NomineeFactsInput,
  SPECIAL_LEAVE_KINDS,
} from '../../../../shared/domain/forms/nominee-facts';
import { DISCIPLINE_LEVEL_LABELS, DISCIPLINE_LEVELS } from '../../../../shared/domain/rules/types';
import { TASK_RATING_LABELS, TASK_RATINGS } from '../../../../shared/domain/vocabulary';
import { Field } from '../../ui/field';
import { DateField, NumberInput, SelectField, TextField } from '../../ui/inputs';
import type { FormApi } from './form-api';

const RATING_OPTIONS = TASK_RATINGS.map((r) => ({ value: r, label: TASK_RATING_LABELS[r] }));
const LEVEL_OPTIONS = DISCIPLINE_LEVELS.map((l) => ({ value: l, label: DISCIPLINE_LEVEL_LABELS[l] }));
const LEAVE_LABELS = {
  maternity: 'Nghỉ thai sản',
  injury_treatment: 'Điều trị, điều dưỡng do bị thương khi làm nhiệm vụ',
} as const;
const POINT_LABELS = {
  a: 'Điểm a: thành tích xuất sắc được bình xét trong phong trào thi đua',
  b: 'Điểm b: thành tích có phạm vi ảnh hưởng trong lĩnh vực của tỉnh',
  c: 'Điểm c: thành tích đột xuất',
} as const;
const PROCEEDINGS = [
  ['underDisciplinaryReview', 'Đang bị xem xét kỷ luật'],
  ['underInvestigation', 'Đang bị điều tra, thanh tra, kiểm tra'],
  ['pendingComplaint', 'Có đơn khiếu nại, tố cáo đang được xác minh'],
] as const;

type Facts = Partial<NomineeFactsInput>;
type Row = Record<string, unknown>;

/** Repeated rows of one kind: each with its fields and a remove button, then an add button. */
function Rows({
  rows,
  fields,
  removeLabel,
  onRemove,
  addLabel,
  onAdd,
  max,
}: {
  rows: readonly Row[];
  fields: (row: Row, index: number) => ComponentChildren;
  removeLabel: (row: Row, index: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  max: number;
}) {
  return (
    <>
      {rows.map((row, index) => (
        <div key={index} class="card">
          {fields(row, index)}
          <button type="button" class="btn btn-danger" onClick={() => onRemove(index)}>
            {removeLabel(row, index)}
          </button>
        </div>
      ))}
      <p>
        <button type="button" class="btn" disabled={rows.length >= max} onClick={onAdd}>
          {addLabel}
        </button>
      </p>
    </>
  );
}

/**
 * What the rules read beyond this year's rating, declared by the unit: past years' ratings, open
 * proceedings and disciplines (Điều 4 of the decrees), leave the law counts as working time, and for
 * Bằng khen tỉnh the point of khoản 1 Điều 74 the achievement rests on. Nothing declared is "none".
 */
export function FactsSection({ form }: { form: FormApi }) {
  const facts = (form.values.facts ?? {}) as Facts;
  const person = form.values.subject !== 'collective';
  const rows = (key: 'pastRatings' | 'disciplines' | 'specialLeave') => (facts[key] ?? []) as Row[];
  const setRow = (key: string, index: number, field: string, value: unknown) =>
    form.set(`facts.${key}.${index}.${field}`, value);
  const remove = (key: 'pastRatings' | 'disciplines' | 'specialLeave', index: number) =>
    form.set(
      `facts.${key}`,
      rows(key).filter((_, i) => i !== index),
    );
  const add = (key: 'pastRatings' | 'disciplines' | 'specialLeave', row: Row) =>
    form.set(`facts.${key}`, [...rows(key), row]);
  const err = (path: string) => form.error(`facts.${path}`);
  const lastYear = (form.values.year ?? new Date().getFullYear()) - 1;
  const proceedings = facts.proceedings ?? {
    underDisciplinaryReview: false,
    underInvestigation: false,
    pendingComplaint: false,
  };
  return (
    <fieldset disabled={form.disabled}>
      <legend>Quá trình và tình trạng của {person ? 'cá nhân' : 'tập thể'}</legend>
      <h3>Xếp loại các năm trước</h3>
      <p class="meta">
        Cần cho các tiêu chuẩn "nhiều năm liên tục" (Bằng khen, Huân chương). Ghi đúng như báo cáo thành tích.
      </p>
      <Rows
        rows={rows('pastRatings')}
        max={LIMITS.pastRatings}
        removeLabel={(row, index) => `Bỏ năm ${(row.year as number | undefined) ?? index + 1}`}
        onRemove={(index) => remove('pastRatings', index)}
        addLabel="+ Thêm năm xếp loại"
        onAdd={() => {
          const years = rows('pastRatings').map((r) => r.year as number);
          add('pastRatings', { year: years.length > 0 ? Math.min(...years) - 1 : lastYear, rating: 'HTTNV' });
        }}
        fields={(row, index) => (
          <div class="grid-3">
            <Field
              name={`facts.pastRatings.${index}.year`}
              label="Năm"
              error={err(`pastRatings.${index}.year`)}
            >
              {(c) => (
                <NumberInput
                  control={c}
                  value={row.year as number | undefined}
                  onChange={(v) => setRow('pastRatings', index, 'year', v)}
                />
              )}
            </Field>
            <SelectField
              name={`facts.pastRatings.${index}.rating`}
              label={`Xếp loại năm ${(row.year as number | undefined) ?? ''}`.trim()}
              error={err(`pastRatings.${index}.rating`)}
              value={row.rating as (typeof TASK_RATINGS)[number] | undefined}
              onChange={(v) => setRow('pastRatings', index, 'rating', v)}
              options={RATING_OPTIONS}
              empty="— Chọn —"
            />
          </div>
        )}
      />

      <h3>Kỷ luật, điều tra, khiếu nại</h3>
      <p class="meta">
        Không đề nghị khen thưởng khi đang có một trong các trường hợp sau (Điều 4 Nghị định).
      </p>
      {PROCEEDINGS.map(([key, label]) => (
        <div class="check" key={key}>
          <input
            id={`f-facts-proceedings-${key}`}
            type="checkbox"
            checked={proceedings[key] === true}
            onChange={(e) =>
              form.set('facts.proceedings', { ...proceedings, [key]: e.currentTarget.checked })
            }
          />
          <label for={`f-facts-proceedings-${key}`}>{label}</label>
        </div>
      ))}
      {person ? (
        <>
          <Rows
            rows={rows('disciplines')}
            max={LIMITS.factRows}
            removeLabel={(_row, index) => `Bỏ kỷ luật ${index + 1}`}
            onRemove={(index) => remove('disciplines', index)}
            addLabel="+ Thêm hình thức kỷ luật"
            onAdd={() => add('disciplines', { level: 'reprimand' })}
            fields={(row, index) => (
              <div class="grid-2">
                <SelectField
                  name={`facts.disciplines.${index}.level`}
                  label="Hình thức kỷ luật"
                  error={err(`disciplines.${index}.level`)}
                  value={row.level as (typeof DISCIPLINE_LEVELS)[number] | undefined}
                  onChange={(v) => setRow('disciplines', index, 'level', v)}
                  options={LEVEL_OPTIONS}
                  empty="— Chọn —"
                  required
                />
                <TextField
                  name={`facts.disciplines.${index}.decisionNumber`}
                  label="Số quyết định kỷ luật"
                  error={err(`disciplines.${index}.decisionNumber`)}
                  value={row.decisionNumber as string | undefined}
                  onChange={(v) => setRow('disciplines', index, 'decisionNumber', v)}
                  maxLength={LIMITS.documentNumber}
                  required
                />
                <DateField
                  name={`facts.disciplines.${index}.from`}
                  label="Có hiệu lực từ ngày"
                  hint="dd/mm/yyyy"
                  error={err(`disciplines.${index}.from`)}
                  value={row.from as string | undefined}
                  onChange={(v) => setRow('disciplines', index, 'from', v)}
                  required
                />
                <DateField
                  name={`facts.disciplines.${index}.until`}
                  label="Đến ngày (bỏ trống nếu còn hiệu lực)"
                  hint="dd/mm/yyyy"
                  error={err(`disciplines.${index}.until`)}
                  value={row.until as string | undefined}
                  onChange={(v) => setRow('disciplines', index, 'until', v)}
                />
              </div>
            )}
          />

          <h3>Thời gian nghỉ được tính để bình xét</h3>
          <p class="meta">Kèm quyết định nghỉ thai sản hoặc xác nhận thời gian điều trị trong hồ sơ.</p>
          <Rows
            rows={rows('specialLeave')}
            max={LIMITS.factRows}
            removeLabel={(_row, index) => `Bỏ thời gian nghỉ ${index + 1}`}
            onRemove={(index) => remove('specialLeave', index)}
            addLabel="+ Thêm thời gian nghỉ"
            onAdd={() => add('specialLeave', { kind: 'maternity' })}
            fields={(row, index) => (
              <div class="grid-3">
                <SelectField
                  name={`facts.specialLeave.${index}.kind`}
                  label="Loại nghỉ"
                  error={err(`specialLeave.${index}.kind`)}
                  value={row.kind as (typeof SPECIAL_LEAVE_KINDS)[number] | undefined}
                  onChange={(v) => setRow('specialLeave', index, 'kind', v)}
                  options={SPECIAL_LEAVE_KINDS.map((k) => ({ value: k, label: LEAVE_LABELS[k] }))}
                  required
                />
                <DateField
                  name={`facts.specialLeave.${index}.from`}
                  label="Từ ngày"
                  hint="dd/mm/yyyy"
                  error={err(`specialLeave.${index}.from`)}
                  value={row.from as string | undefined}
                  onChange={(v) => setRow('specialLeave', index, 'from', v)}
                  required
                />
                <DateField
                  name={`facts.specialLeave.${index}.to`}
                  label="Đến ngày"
                  hint="dd/mm/yyyy"
                  error={err(`specialLeave.${index}.to`)}
                  value={row.to as string | undefined}
                  onChange={(v) => setRow('specialLeave', index, 'to', v)}
                  required
                />
              </div>
            )}
          />
        </>
      ) : (
        <Field
          name="facts.membersDisciplined.warning"
          label="Số cá nhân bị kỷ luật từ cảnh cáo trở lên trong năm"
          error={err('membersDisciplined')}
        >
          {(c) => (
            <NumberInput
              control={c}
              value={facts.membersDisciplined?.warning}
              onChange={(v) =>
                form.set('facts.membersDisciplined', v === undefined ? undefined : { warning: v })
              }
            />
          )}
        </Field>
      )}

      {form.values.awardCode === 'BK_TINH' && form.values.track === 'annual' ? (
        <>
          <h3>Căn cứ thành tích (khoản 1 Điều 74 Luật TĐKT 2022)</h3>
          <SelectField
            name="facts.achievementPoint"
            label="Thành tích theo"
            hint="Bỏ trống: xét theo điểm d (02 lần Chiến sĩ thi đua cơ sở, hoặc 02 năm hoàn thành xuất sắc nhiệm vụ và 02 sáng kiến). Điểm a–c: Hội đồng đánh giá trên minh chứng kèm hồ sơ."
            error={err('achievementPoint')}
            value={facts.achievementPoint}
            onChange={(v) => form.set('facts.achievementPoint', v)}
            options={ACHIEVEMENT_POINTS.map((p) => ({ value: p, label: POINT_LABELS[p] }))}
            empty="— Điểm d (thành tích nhiều năm) —"
          />
        </>
      ) : null}
    </fieldset>
  );
}
