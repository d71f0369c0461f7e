import {
  DOCUMENT_COPIES,
  DOSSIER_KIND_LABELS,
  DOSSIER_KINDS,
  type DossierItemInput,
} from '../../../../shared/domain/forms/dossier-item';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import { DEFAULT_CATALOG } from '../../../../shared/domain/rules/catalog';
import type { AwardCode } from '../../../../shared/domain/vocabulary';
import { Field } from '../../ui/field';
import { DateInput, dateMessage, Select, TextField } from '../../ui/inputs';

const KIND_OPTIONS = DOSSIER_KINDS.map((k) => ({ value: k, label: DOSSIER_KIND_LABELS[k] }));
const COPY_LABELS: Record<(typeof DOCUMENT_COPIES)[number], string> = {
  original: 'Bản chính',
  certified_copy: 'Bản sao chứng thực',
};
const COPY_OPTIONS = DOCUMENT_COPIES.map((c) => ({ value: c, label: COPY_LABELS[c] }));

/** Documents Điều 84 asks of this award and subject, per the rule catalog the API judges with. */
export function requiredKinds(awardCode: string | undefined, subject: string | undefined) {
  const award = awardCode ? DEFAULT_CATALOG[awardCode as AwardCode] : undefined;
  if (!award || (subject !== 'person' && subject !== 'collective')) return [];
  return award.dossier[subject];
}

/** The checklist: each required document, ticked when the dossier has one of its kind. */
export function DossierChecklist({
  awardCode,
  subject,
  dossier,
}: {
  awardCode?: string | undefined;
  subject?: string | undefined;
  dossier: readonly Partial<DossierItemInput>[];
}) {
  const required = requiredKinds(awardCode, subject);
  if (required.length === 0) return <p class="meta">Chọn hình thức khen thưởng để xem thành phần hồ sơ.</p>;
  const present = new Set(dossier.map((d) => d.kind));
  return (
    <ul class="rules" aria-label="Thành phần hồ sơ bắt buộc">
      {required.map((kind) => (
        <li key={kind} class={present.has(kind) ? 'passed' : 'needs_evidence'}>
          {present.has(kind) ? '✓ Đã có: ' : '○ Còn thiếu: '}
          {DOSSIER_KIND_LABELS[kind]}
        </li>
      ))}
      <li class="meta">
        <span class="citation">Căn cứ: Điều 84 Luật Thi đua, khen thưởng 2022</span>
      </li>
    </ul>
  );
}

/** The documents of the dossier, one fieldset each; used by the draft and by a resubmission. */
export function DossierEditor({
  items,
  onChange,
  error,
  prefix = 'dossier',
  disabled = false,
}: {
  items: readonly Partial<DossierItemInput>[];
  onChange: (items: Partial<DossierItemInput>[]) => void;
  error: (path: string) => string | undefined;
  prefix?: string;
  disabled?: boolean;
}) {
  const update = (index: number, key: keyof DossierItemInput, value: unknown) =>
    onChange(items.map((item, i) => (i === index ? { ...item, [key]: value } : item)));
  const add = () =>
    onChange([
      ...items,
      { kind: 'other', copy: 'original', fileRef: `ho-so/tai-lieu-${items.length + 1}.pdf` },
    ]);
  const remove = (index: number) => onChange(items.filter((_, i) => i !== index));
  return (
    <div>
      {items.length === 0 ? <p>Chưa có tài liệu nào.</p> : null}
      {items.map((item, index) => {
        const path = (key: string) => `${prefix}.${index}.${key}`;
        return (
          <fieldset key={index} disabled={disabled}>
            <legend>Tài liệu {index + 1}</legend>
            <div class="grid-2">
              <Field name={path('kind')} label="Loại tài liệu" error={error(path('kind'))} required>
                {(c) => (
                  <Select
                    control={c}
                    value={item.kind}
                    onChange={(v) => update(index, 'kind', v)}
                    options={KIND_OPTIONS}
                  />
                )}
              </Field>
              <TextField
                name={path('title')}
                label="Trích yếu, tên tài liệu"
                error={error(path('title'))}
                required
                value={item.title}
                onChange={(v) => update(index, 'title', v)}
                maxLength={LIMITS.title}
              />
              <TextField
                name={path('documentNumber')}
                label="Số, ký hiệu"
                hint="Ví dụ: 12/TTr-VP"
                error={error(path('documentNumber'))}
                value={item.documentNumber}
                onChange={(v) => update(index, 'documentNumber', v)}
              />
              <Field
                name={path('issuedOn')}
                label="Ngày ban hành"
                hint="dd/mm/yyyy"
                error={dateMessage(error(path('issuedOn')))}
                required
              >
                {(c) => (
                  <DateInput
                    control={c}
                    value={item.issuedOn}
                    onChange={(v) => update(index, 'issuedOn', v)}
                  />
                )}
              </Field>
              <Field name={path('copy')} label="Hình thức bản" error={error(path('copy'))} required>
                {(c) => (
                  <Select
                    control={c}
                    value={item.copy}
                    onChange={(v) => update(index, 'copy', v)}
                    options={COPY_OPTIONS}
                  />
                )}
              </Field>
              <TextField
                name={path('fileRef')}
                label="Mã tệp lưu trữ"
                hint="Đường dẫn tệp trong kho lưu trữ của đơn vị."
                error={error(path('fileRef'))}
                required
                value={item.fileRef}
                onChange={(v) => update(index, 'fileRef', v)}
                maxLength={LIMITS.fileRef}
              />
            </div>
            <button type="button" class="btn btn-danger" onClick={() => remove(index)}>
              Bỏ tài liệu {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="btn"
        onClick={add}
        disabled={disabled || items.length >= LIMITS.dossierItems}
      >
        + Thêm tài liệu
      </button>
    </div>
  );
}
