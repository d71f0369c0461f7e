import { useState } from 'preact/hooks';
import { DOSSIER_KIND_LABELS, type DossierKind } from '../../../shared/domain/dossier-kinds';
import type { DossierItemInput } from '../../../shared/domain/forms/dossier-item';
import type { Action } from '../../../shared/domain/workflow/transitions';
import { ReasonBody, ReforwardBody, ResubmitBody } from '../../../shared/http/routes/nomination-schemas';
import { api } from '../api/client';
import type { NominationView, TimelineEntry } from '../api/types';
import type { useDossierFiles } from '../files/dossier-files-panel';
import { type IssueMap, validate } from '../lib/form-issues';
import { formatDateTime } from '../lib/format';
import { useAction } from '../lib/use-action';
import { ApiErrorNotice } from '../ui/api-error';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';
import { ReasonField } from '../ui/reason-field';
import { DossierEditor } from './nomination-form/dossier-section';
import { ReturnForm } from './return-form';

interface ActionProps {
  readonly nomination: NominationView;
  /** Called after a successful action, to reload the nomination and its timeline. */
  readonly onDone: (message: string) => void;
  readonly onReload: () => void;
  /** The nomination's audit events: the resubmission shows the return it answers. */
  readonly timeline?: readonly TimelineEntry[];
  /** The dossier's files, loaded once by the page (its documents' files and versions). */
  readonly files: ReturnType<typeof useDossierFiles>;
}

/** `useAction` with the nomination's version sent as If-Match. */
function useNominationAction() {
  const action = useAction();
  const run = (path: string, body: unknown, version: number, onSuccess: () => void) =>
    action.run((idempotencyKey) => api.post(path, { body, idempotencyKey, version }), onSuccess);
  return { ...action, run };
}

function ReasonForm({
  label,
  submitLabel,
  danger,
  onSubmit,
  busy,
  issues,
  setIssues,
}: {
  label: string;
  submitLabel: string;
  danger?: boolean;
  onSubmit: (reason: string) => void;
  busy: boolean;
  issues: IssueMap;
  setIssues: (i: IssueMap) => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const check = validate(ReasonBody, { reason });
        if (!check.ok) return setIssues(check.issues);
        onSubmit(check.value.reason);
      }}
    >
      <ReasonField name="reason" label={label} value={reason} onChange={setReason} error={issues.reason} />
      <button type="submit" class={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

/** The unit takes its proposal back, with a reason. */
function Withdraw({ nomination, onDone, onReload }: ActionProps) {
  const action = useNominationAction();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" class="btn btn-danger" onClick={() => setOpen(true)}>
        Rút đề nghị
      </button>
    );
  return (
    <section class="card" aria-label="Rút đề nghị">
      <h3>Rút đề nghị</h3>
      <ReasonForm
        label="Lý do rút đề nghị"
        submitLabel="Xác nhận rút đề nghị"
        danger
        busy={action.busy}
        issues={action.issues}
        setIssues={action.setIssues}
        onSubmit={(reason) =>
          void action.run(`/nominations/${nomination.id}/withdraw`, { reason }, nomination.version, () =>
            onDone('Đã rút đề nghị.'),
          )
        }
      />
      <ApiErrorNotice error={action.error} onReload={onReload} />
    </section>
  );
}

/** The unit completes the dossier the secretariat returned and sends it again. */
/** What the secretariat asked when it returned the dossier, at the top of the resubmission. */
function ReturnRequest({ timeline }: { timeline: readonly TimelineEntry[] }) {
  const last = [...timeline].reverse().find((entry) => entry.to === 'returned');
  if (!last) return null;
  const items = Array.isArray(last.data?.items)
    ? (last.data.items as { kind: DossierKind; reason: string }[])
    : [];
  return (
    <Notice tone="warn" title={`Hồ sơ được trả lại ngày ${formatDateTime(last.at)}`}>
      {last.reason ? <p>Lý do: {last.reason}</p> : null}
      {items.length > 0 ? (
        <ul>
          {items.map((item, i) => (
            <li key={i}>
              <strong>{DOSSIER_KIND_LABELS[item.kind] ?? item.kind}:</strong> {item.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}

function Resubmit({ nomination, onDone, onReload, timeline = [], files }: ActionProps) {
  const action = useNominationAction();
  const [dossier, setDossier] = useState<Partial<DossierItemInput>[]>(
    (nomination.form.dossier ?? []) as Partial<DossierItemInput>[],
  );
  const [note, setNote] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const body = { dossier, ...(note.trim() ? { note } : {}) };
    const check = validate(ResubmitBody, body);
    if (!check.ok) return action.setIssues(check.issues);
    void action.run(`/nominations/${nomination.id}/resubmit`, check.value, nomination.version, () =>
      onDone('Đã gửi lại đề nghị.'),
    );
  };
  return (
    <section class="card" aria-labelledby="resubmit-title">
      <h2 id="resubmit-title">Bổ sung hồ sơ và gửi lại</h2>
      <ReturnRequest timeline={timeline} />
      <form noValidate onSubmit={submit}>
        <DossierEditor
          items={dossier}
          onChange={setDossier}
          error={(path) => action.issues[path]}
          disabled={action.busy}
          nominationId={nomination.id}
          files={files.data ?? []}
          onUploaded={files.reload}
        />
        <Field name="note" label="Ghi chú gửi Thường trực Hội đồng" error={action.issues.note}>
          {(c) => <textarea {...c} value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
        </Field>
        {action.issues.dossier ? <p class="field-error">{action.issues.dossier}</p> : null}
        <ApiErrorNotice error={action.error} onReload={onReload} />
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={action.busy}>
            Gửi lại đề nghị
          </button>
        </div>
      </form>
    </section>
  );
}

/** The secretariat accepts the dossier, or returns it naming each document to add or redo. */
function SecretariatReview({ nomination, onDone, onReload, files }: ActionProps) {
  const action = useNominationAction();
  const [mode, setMode] = useState<'idle' | 'return'>('idle');
  const accept = () =>
    void action.run(`/nominations/${nomination.id}/accept`, {}, nomination.version, () =>
      onDone('Đã tiếp nhận hồ sơ.'),
    );
  // Documents named without an uploaded file: the secretariat sees them before accepting.
  const uploaded = new Set((files.data ?? []).map((f) => f.fileRef));
  const withoutFile = files.data
    ? ((nomination.form.dossier ?? []) as Partial<DossierItemInput>[]).filter(
        (item) => !item.fileRef || !uploaded.has(item.fileRef),
      )
    : [];
  return (
    <section class="card" aria-labelledby="review-title">
      <h2 id="review-title">Thẩm định hồ sơ</h2>
      {withoutFile.length > 0 ? (
        <Notice tone="warn" title={`${withoutFile.length} tài liệu chưa có tệp tải lên`}>
          <ul>
            {withoutFile.map((item, i) => (
              <li key={i}>
                {DOSSIER_KIND_LABELS[item.kind as DossierKind] ?? item.kind}: {item.title}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={action.busy} onClick={accept}>
          Tiếp nhận hồ sơ
        </button>
        <button
          type="button"
          class="btn btn-danger"
          disabled={action.busy}
          onClick={() => setMode('return')}
          aria-expanded={mode === 'return'}
        >
          Trả lại để bổ sung
        </button>
      </div>
      {mode === 'return' ? (
        <ReturnForm
          busy={action.busy}
          issues={action.issues}
          setIssues={action.setIssues}
          onSubmit={(body) =>
            void action.run(`/nominations/${nomination.id}/return`, body, nomination.version, () =>
              onDone('Đã trả lại hồ sơ cho đơn vị.'),
            )
          }
        />
      ) : null}
      <ApiErrorNotice error={action.error} onReload={onReload} />
    </section>
  );
}

/** Ban TĐKT tỉnh: receive the Sở's dossier, appraise it, or return it to the Sở. */
function ProvinceReview({ nomination, onDone, onReload }: ActionProps) {
  const action = useNominationAction();
  const [returning, setReturning] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const step = (verb: string, message: string) =>
    void action.run(`/nominations/${nomination.id}/${verb}`, {}, nomination.version, () => onDone(message));
  return (
    <section class="card" aria-labelledby="province-title">
      <h2 id="province-title">Thẩm định của tỉnh</h2>
      <div class="actions">
        {nomination.state === 'forwarded' ? (
          <button
            type="button"
            class="btn btn-primary"
            disabled={action.busy}
            onClick={() => step('receive', 'Đã tiếp nhận hồ sơ để thẩm định.')}
          >
            Tiếp nhận, thẩm định
          </button>
        ) : null}
        {nomination.state === 'province_review' ? (
          <>
            <button
              type="button"
              class="btn btn-primary"
              disabled={action.busy}
              onClick={() => step('appraise', 'Đã thẩm định đạt, chờ Chủ tịch UBND tỉnh quyết định.')}
            >
              Thẩm định đạt
            </button>
            <button
              type="button"
              class="btn btn-danger"
              onClick={() => {
                setRejecting(false);
                setReturning(true);
              }}
              aria-expanded={returning}
            >
              Trả lại Sở để bổ sung
            </button>
            <button
              type="button"
              class="btn btn-danger"
              onClick={() => {
                setReturning(false);
                setRejecting(true);
              }}
              aria-expanded={rejecting}
            >
              Không chấp thuận
            </button>
          </>
        ) : null}
      </div>
      {rejecting ? <ProvinceRejectForm nomination={nomination} action={action} onDone={onDone} /> : null}
      {returning ? (
        <ReasonForm
          label="Lý do trả lại Sở"
          submitLabel="Xác nhận trả lại Sở"
          danger
          busy={action.busy}
          issues={action.issues}
          setIssues={action.setIssues}
          onSubmit={(reason) =>
            void action.run(
              `/nominations/${nomination.id}/province-return`,
              { reason },
              nomination.version,
              () => onDone('Đã trả hồ sơ về Sở.'),
            )
          }
        />
      ) : null}
      <ApiErrorNotice error={action.error} onReload={onReload} />
    </section>
  );
}

/**
 * The province says no for good (không chấp thuận): the Ban TĐKT when appraising, the Chủ tịch
 * once it was appraised. The reason goes to the Sở and the nominee's unit.
 */
function ProvinceRejectForm({
  nomination,
  action,
  onDone,
}: {
  nomination: ActionProps['nomination'];
  action: ReturnType<typeof useNominationAction>;
  onDone: ActionProps['onDone'];
}) {
  return (
    <ReasonForm
      label="Lý do không chấp thuận"
      submitLabel="Xác nhận không chấp thuận"
      danger
      busy={action.busy}
      issues={action.issues}
      setIssues={action.setIssues}
      onSubmit={(reason) =>
        void action.run(`/nominations/${nomination.id}/province-reject`, { reason }, nomination.version, () =>
          onDone('Tỉnh không chấp thuận đề nghị; Sở và đơn vị đã được thông báo.'),
        )
      }
    />
  );
}

/** The Chủ tịch UBND tỉnh declines a dossier the Ban TĐKT appraised. */
function LeaderReject({ nomination, onDone, onReload }: ActionProps) {
  const action = useNominationAction();
  const [open, setOpen] = useState(false);
  return (
    <section class="card" aria-labelledby="leader-reject-title">
      <h2 id="leader-reject-title">Quyết định của Chủ tịch UBND tỉnh</h2>
      <p>Ký quyết định khen thưởng ở mục "Ký quyết định, tờ trình"; hoặc không chấp thuận đề nghị này.</p>
      <button type="button" class="btn btn-danger" onClick={() => setOpen(true)} aria-expanded={open}>
        Không chấp thuận
      </button>
      {open ? <ProvinceRejectForm nomination={nomination} action={action} onDone={onDone} /> : null}
      <ApiErrorNotice error={action.error} onReload={onReload} />
    </section>
  );
}

/**
 * The Sở sends a dossier the province returned back up, once completed: the documents added
 * since the return join the dossier with the step, and a note says what was done.
 */
function Reforward({ nomination, onDone, onReload }: ActionProps) {
  const action = useNominationAction();
  const [documents, setDocuments] = useState<Partial<DossierItemInput>[]>([]);
  const [note, setNote] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const body = {
      ...(documents.length ? { documents } : {}),
      ...(note.trim() ? { note } : {}),
    };
    const check = validate(ReforwardBody, body);
    if (!check.ok) return action.setIssues(check.issues);
    void action.run(`/nominations/${nomination.id}/reforward`, check.value, nomination.version, () =>
      onDone(
        documents.length
          ? `Đã trình lại UBND tỉnh, kèm ${documents.length} tài liệu bổ sung.`
          : 'Đã trình lại UBND tỉnh.',
      ),
    );
  };
  return (
    <section class="card" aria-labelledby="reforward-title">
      <h2 id="reforward-title">Bổ sung hồ sơ và trình lại UBND tỉnh</h2>
      <form noValidate onSubmit={submit}>
        <h3>Tài liệu bổ sung</h3>
        <DossierEditor
          items={documents}
          onChange={setDocuments}
          error={(path) => action.issues[path]}
          prefix="documents"
          disabled={action.busy}
        />
        <Field
          name="reforward-note"
          label="Ghi chú gửi Ban Thi đua – Khen thưởng tỉnh"
          error={action.issues.note}
        >
          {(c) => <textarea {...c} value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
        </Field>
        {action.issues.documents ? <p class="field-error">{action.issues.documents}</p> : null}
        <ApiErrorNotice error={action.error} onReload={onReload} />
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={action.busy}>
            Trình lại UBND tỉnh
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * The actions this person may take on this nomination now, as the server decided them from the
 * workflow table, the caller's roles and ownership (`allowedActions` of the nomination): the
 * screen only chooses how to present each, the state telling which panel (the province's review
 * and a leader's refusal are both `province_reject`).
 */
export function NominationActions(props: ActionProps & { readonly allowed: readonly Action[] }) {
  const { state } = props.nomination;
  const allowed = new Set(props.allowed);
  const any = (...actions: Action[]) => actions.some((action) => allowed.has(action));
  return (
    <>
      {any('resubmit') ? <Resubmit {...props} /> : null}
      {any('accept', 'return') ? <SecretariatReview {...props} /> : null}
      {any('reforward') ? <Reforward {...props} /> : null}
      {(state === 'forwarded' || state === 'province_review') &&
      any('receive', 'appraise', 'province_return', 'province_reject') ? (
        <ProvinceReview {...props} />
      ) : null}
      {state === 'province_approved' && any('province_reject') ? <LeaderReject {...props} /> : null}
      {any('withdraw') ? (
        <div class="actions">
          <Withdraw {...props} />
        </div>
      ) : null}
    </>
  );
}
