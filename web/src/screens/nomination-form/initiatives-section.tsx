import {
  INITIATIVE_KINDS,
  INITIATIVE_REACHES,
  type InitiativeClaimInput,
} from '../../../../shared/domain/forms/initiative-claim';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import { Field } from '../../ui/field';
import { DateInput, dateMessage, Select, TextField } from '../../ui/inputs';
import type { FormApi } from './form-api';

const KIND_LABELS = { initiative: 'Sáng kiến', research: 'Đề tài nghiên cứu khoa học' } as const;
const REACH_LABELS = {
  unit: 'Trong đơn vị',
  department: 'Cấp Sở',
  province: 'Cấp tỉnh',
  national: 'Toàn quốc',
} as const;

/** Initiatives and research results the nomination relies on (each counts toward one award only). */
export function InitiativesSection({ form }: { form: FormApi }) {
  const items = (form.values.initiatives ?? []) as Partial<InitiativeClaimInput>[];
  const update = (index: number, key: keyof InitiativeClaimInput, value: unknown) =>
    form.set(`initiatives.${index}.${key}`, value);
  return (
    <fieldset disabled={form.disabled}>
      <legend>Sáng kiến, đề tài được công nhận</legend>
      {items.length === 0 ? (
        <p class="meta">
          Không có. Chiến sĩ thi đua cần sáng kiến hoặc đề tài được công nhận (hoặc hoàn thành xuất sắc nhiệm
          vụ).
        </p>
      ) : null}
      {items.map((item, index) => {
        const path = (key: string) => `initiatives.${index}.${key}`;
        return (
          <div key={index} class="card">
            <div class="grid-2">
              <Field name={path('kind')} label="Loại" error={form.error(path('kind'))} required>
                {(c) => (
                  <Select
                    control={c}
                    value={item.kind}
                    onChange={(v) => update(index, 'kind', v)}
                    options={INITIATIVE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
                  />
                )}
              </Field>
              <TextField
                name={path('title')}
                label="Tên sáng kiến, đề tài"
                error={form.error(path('title'))}
                required
                value={item.title}
                onChange={(v) => update(index, 'title', v)}
                maxLength={LIMITS.title}
              />
              <TextField
                name={path('recognitionNumber')}
                label="Số quyết định công nhận"
                hint="Ví dụ: 25/QĐ-SNV"
                error={form.error(path('recognitionNumber'))}
                required
                value={item.recognitionNumber}
                onChange={(v) => update(index, 'recognitionNumber', v)}
              />
              <Field
                name={path('recognisedOn')}
                label="Ngày công nhận"
                hint="dd/mm/yyyy"
                error={dateMessage(form.error(path('recognisedOn')))}
                required
              >
                {(c) => (
                  <DateInput
                    control={c}
                    value={item.recognisedOn}
                    onChange={(v) => update(index, 'recognisedOn', v)}
                  />
                )}
              </Field>
              <Field
                name={path('reach')}
                label="Phạm vi ảnh hưởng"
                error={form.error(path('reach'))}
                required
              >
                {(c) => (
                  <Select
                    control={c}
                    value={item.reach}
                    onChange={(v) => update(index, 'reach', v)}
                    options={INITIATIVE_REACHES.map((r) => ({ value: r, label: REACH_LABELS[r] }))}
                  />
                )}
              </Field>
            </div>
            <button
              type="button"
              class="btn btn-danger"
              onClick={() =>
                form.set(
                  'initiatives',
                  items.filter((_, i) => i !== index),
                )
              }
            >
              Bỏ sáng kiến {index + 1}
            </button>
          </div>
        );
      })}
      <p>
        <button
          type="button"
          class="btn"
          onClick={() => form.set('initiatives', [...items, { kind: 'initiative', reach: 'department' }])}
          disabled={items.length >= LIMITS.initiatives}
        >
          + Thêm sáng kiến, đề tài
        </button>
      </p>
    </fieldset>
  );
}
