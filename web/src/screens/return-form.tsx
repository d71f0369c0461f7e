import { useState } from 'preact/hooks';
import { DOSSIER_KIND_LABELS, DOSSIER_KINDS, type DossierKind } from '../../../shared/domain/dossier-kinds';
import { ReturnBody } from '../../../shared/http/routes/nomination-schemas';
import { type IssueMap, validate } from '../lib/form-issues';
import { Field } from '../ui/field';
import { Select } from '../ui/inputs';

interface ReturnLine {
  kind: DossierKind;
  reason: string;
}

export type ReturnBodyValue = { reason: string; items: { kind: DossierKind; reason: string }[] };

/**
 * The secretariat's return of a dossier: the reason, and each document to add or redo with what
 * is asked of it (checked against the API's own schema before anything is sent). One dossier on
 * its page, or many chosen in the queue.
 */
export function ReturnForm({
  busy,
  issues,
  setIssues,
  onSubmit,
  submitLabel = 'Xác nhận trả lại',
}: {
  busy: boolean;
  issues: IssueMap;
  setIssues: (issues: IssueMap) => void;
  onSubmit: (body: ReturnBodyValue) => void;
  submitLabel?: string;
}) {
  const [reason, setReason] = useState('');
  const [lines, setLines] = useState<ReturnLine[]>([{ kind: 'review_minutes', reason: '' }]);
  // A field's message goes once the field is changed (it is checked again on sending).
  const clear = (name: string) => {
    if (issues[name]) setIssues(Object.fromEntries(Object.entries(issues).filter(([key]) => key !== name)));
  };
  const send = (e: Event) => {
    e.preventDefault();
    const check = validate(ReturnBody, { reason, items: lines });
    if (!check.ok) return setIssues(check.issues);
    onSubmit(check.value as ReturnBodyValue);
  };
  return (
    <form noValidate onSubmit={send}>
      <Field name="reason" label="Lý do trả lại" error={issues.reason} required>
        {(c) => (
          <textarea
            {...c}
            value={reason}
            onInput={(e) => {
              setReason(e.currentTarget.value);
              clear('reason');
            }}
          />
        )}
      </Field>
      {lines.map((line, index) => (
        <fieldset key={index}>
          <legend>Tài liệu cần bổ sung {index + 1}</legend>
          <Field name={`items.${index}.kind`} label="Tài liệu" error={issues[`items.${index}.kind`]} required>
            {(c) => (
              <Select
                control={c}
                value={line.kind}
                onChange={(v) =>
                  setLines(lines.map((l, i) => (i === index ? { ...l, kind: v ?? 'other' } : l)))
                }
                options={DOSSIER_KINDS.map((k) => ({ value: k, label: DOSSIER_KIND_LABELS[k] }))}
              />
            )}
          </Field>
          <Field
            name={`items.${index}.reason`}
            label="Yêu cầu bổ sung"
            error={issues[`items.${index}.reason`]}
            required
          >
            {(c) => (
              <textarea
                {...c}
                value={line.reason}
                onInput={(e) => {
                  setLines(lines.map((l, i) => (i === index ? { ...l, reason: e.currentTarget.value } : l)));
                  clear(`items.${index}.reason`);
                }}
              />
            )}
          </Field>
          {lines.length > 1 ? (
            <button
              type="button"
              class="btn btn-danger"
              onClick={() => setLines(lines.filter((_, i) => i !== index))}
            >
              Bỏ dòng {index + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      <div class="actions">
        <button type="button" class="btn" onClick={() => setLines([...lines, { kind: 'other', reason: '' }])}>
          + Thêm tài liệu cần bổ sung
        </button>
        <button type="submit" class="btn btn-danger" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
