import { megabytes } from '../../../../shared/domain/files/file-types';
import {
  DOCUMENT_COPIES,
  DOSSIER_KIND_LABELS,
  DOSSIER_KINDS,
  type DossierItemInput,
} from '../../../../shared/domain/forms/dossier-item';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import { DEFAULT_CATALOG } from '../../../../shared/domain/rules/catalog';
import { type DossierFacts, requiredDossierKinds } from '../../../../shared/domain/rules/dossier';
import type { AwardCode } from '../../../../shared/domain/vocabulary';
import { FileActions } from '../../files/dossier-files-panel';
import { FileDrop } from '../../files/file-drop';
import type { DossierFileView } from '../../files/upload';
import { Field } from '../../ui/field';
import { DateInput, dateMessage, Select, TextField } from '../../ui/inputs';

const KIND_OPTIONS = DOSSIER_KINDS.map((k) => ({ value: k, label: DOSSIER_KIND_LABELS[k] }));
const COPY_LABELS: Record<(typeof DOCUMENT_COPIES)[number], string> = {
  original: 'Bản chính',
  certified_copy: 'Bản sao chứng thực',
};
const COPY_OPTIONS = DOCUMENT_COPIES.map((c) => ({ value: c, label: COPY_LABELS[c] }));

/** Documents Điều 84 asks of this nominee, per the rule catalog the API judges with. */
export function requiredKinds(
  awardCode: string | undefined,
  subject: string | undefined,
  facts: DossierFacts = {},
) {
  const award = awardCode ? DEFAULT_CATALOG[awardCode as AwardCode] : undefined;
  if (!award || (subject !== 'person' && subject !== 'collective')) return [];
  return requiredDossierKinds(award, subject, facts);
}

/**
 * The checklist: each required document, ticked when the dossier has one of its kind. Once the
 * draft has files (`files` given), a document is ticked only when its file is really uploaded.
 */
export function DossierChecklist({
  awardCode,
  subject,
  facts,
  dossier,
  files,
}: {
  awardCode?: string | undefined;
  subject?: string | undefined;
  /** What changes the list: the person's rating (a CSTĐCS rated HTXSNV needs no initiative
   * certificate, Điều 23), leave declared, a Bằng khen's điểm a–c. */
  facts?: DossierFacts;
  dossier: readonly Partial<DossierItemInput>[];
  files?: readonly DossierFileView[] | undefined;
}) {
  const required = requiredKinds(awardCode, subject, facts);
  if (required.length === 0) return <p class="meta">Chọn hình thức khen thưởng để xem thành phần hồ sơ.</p>;
  const present = new Set(dossier.map((d) => d.kind));
  const uploadedRefs = new Set((files ?? []).map((f) => f.fileRef));
  const uploaded = new Set(
    dossier.filter((d) => d.fileRef && uploadedRefs.has(d.fileRef)).map((d) => d.kind),
  );
  const state = (kind: string) =>
    !present.has(kind as DossierItemInput['kind'])
      ? { css: 'needs_evidence', mark: '○ Còn thiếu: ' }
      : files && !uploaded.has(kind as DossierItemInput['kind'])
        ? { css: 'needs_evidence', mark: '◐ Chưa tải tệp: ' }
        : { css: 'passed', mark: '✓ Đã có: ' };
  return (
    <ul class="rules" aria-label="Thành phần hồ sơ bắt buộc">
      {required.map((kind) => (
        <li key={kind} class={state(kind).css}>
          {state(kind).mark}
          {DOSSIER_KIND_LABELS[kind]}
        </li>
      ))}
      <li class="meta">
        <span class="citation">Căn cứ: Điều 84 Luật Thi đua, khen thưởng 2022</span>
      </li>
    </ul>
  );
}

/** A document's file: the one uploaded (to preview or download), and the drop zone for a new one. */
function ItemFile({
  label,
  item,
  files,
  nominationId,
  disabled,
  error,
  onUploaded,
}: {
  label: string;
  item: Partial<DossierItemInput>;
  files: readonly DossierFileView[];
  nominationId: string | undefined;
  disabled: boolean;
  error: string | undefined;
  onUploaded: (file: DossierFileView) => void;
}) {
  const current = files.find((f) => f.fileRef === item.fileRef);
  return (
    <fieldset class="field">
      <legend>{label}</legend>
      {current ? (
        <p>
          <strong>{current.fileName}</strong> <span class="meta">({megabytes(current.size)})</span>{' '}
          {nominationId ? <FileActions base={`/nominations/${nominationId}`} file={current} /> : null}
        </p>
      ) : (
        <p class="meta">Chưa có tệp.</p>
      )}
      {nominationId ? (
        <FileDrop
          target={{ base: `/nominations/${nominationId}`, kind: item.kind ?? 'other' }}
          label={label}
          disabled={disabled}
          onUploaded={onUploaded}
        />
      ) : (
        <p class="meta">Bản nháp được lưu tự động; sau khi lưu, anh/chị tải tệp lên tại đây.</p>
      )}
      {error ? <p class="field-error">{error}</p> : null}
    </fieldset>
  );
}

/** The documents of the dossier, one fieldset each; used by the draft and by a resubmission. */
export function DossierEditor({
  items,
  onChange,
  error,
  prefix = 'dossier',
  disabled = false,
  nominationId,
  files = [],
  onUploaded,
}: {
  items: readonly Partial<DossierItemInput>[];
  onChange: (items: Partial<DossierItemInput>[]) => void;
  error: (path: string) => string | undefined;
  prefix?: string;
  disabled?: boolean;
  /** The saved draft (or returned dossier) the files go to; absent until the draft is saved. */
  nominationId?: string | undefined;
  files?: readonly DossierFileView[];
  /** A file was registered: the caller reloads the dossier's files. */
  onUploaded?: (file: DossierFileView) => void;
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
            </div>
            <ItemFile
              label={`Tệp của Tài liệu ${index + 1}`}
              item={item}
              files={files}
              nominationId={nominationId}
              disabled={disabled}
              error={error(path('fileRef'))}
              onUploaded={(file) => {
                onChange(
                  items.map((it, i) =>
                    i === index
                      ? {
                          ...it,
                          fileRef: file.fileRef,
                          title: it.title || file.fileName.replace(/\.[^.]+$/, ''),
                        }
                      : it,
                  ),
                );
                onUploaded?.(file);
              }}
            />
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
