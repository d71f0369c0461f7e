import { useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { isCertificateAward } from '../../../shared/domain/documents/certificate';
import { decisionMoney } from '../../../shared/domain/documents/decision-money';
import { DEFAULT_CATALOG } from '../../../shared/domain/rules/catalog';
import type { AwardCode } from '../../../shared/domain/vocabulary';
import { forwardNominations, signDecision } from '../../../shared/http/routes/decisions';
import { ApiError, api } from '../api/client';
import type { DocumentView, NominationSummary, OrganisationView } from '../api/types';
import { SignedCopy } from '../files/signed-copy';
import { toIssueMap, validate } from '../lib/form-issues';
import { formatDate, formatInteger, todayInVietnam } from '../lib/format';
import { hasRole, useMe } from '../lib/me';
import { Link, setQueryParam, useQueryParam } from '../lib/router';
import { useAction } from '../lib/use-action';
import { useList } from '../lib/use-list';
import { ApiErrorNotice } from '../ui/api-error';
import { Dialog } from '../ui/dialog';
import { DraftDownload } from '../ui/draft-download';
import { Field } from '../ui/field';
import { DateInput, dateMessage, Select } from '../ui/inputs';
import { NominationTable } from '../ui/nomination-table';
import { Notice } from '../ui/notice';

type Kind = 'decision' | 'submission';

/** The body each kind of document is signed with: the API's schema, so the dialog asks what it takes. */
const BODY: Readonly<Record<Kind, z.core.$ZodType | undefined>> = {
  decision: signDecision.body,
  submission: forwardNominations.body,
};
/** Whether the API takes a number, date or signer for this kind (else it numbers and dates itself). */
const takes = (kind: Kind, field: 'number' | 'signedOn' | 'signer') => {
  const shape = (BODY[kind] as Partial<z.ZodMiniObject> | undefined)?.shape;
  return shape !== undefined && field in shape;
};
const authorityOf = (code: string) => DEFAULT_CATALOG[code as AwardCode]?.authority;

/** The signed document: its number, date, signer and the annex of awardees, and its Word draft. */
function IssuedDocument({ doc }: { doc: DocumentView }) {
  // A decision's tiền thưởng: coefficient × mức lương cơ sở on the signing date (NĐ 152/2025).
  const money =
    doc.kind === 'decision'
      ? decisionMoney(
          doc.entries.map((e) => ({ ...e, awardCode: e.awardCode as AwardCode })),
          doc.signedOn,
        )
      : undefined;
  return (
    <Notice tone="ok" title={`Đã ban hành ${doc.kindLabel} số ${doc.number}`}>
      <p>
        Ngày {doc.signedOnLabel || formatDate(doc.signedOn)} · {doc.summary}
      </p>
      <ol>
        {doc.entries.map((e, i) => (
          <li key={e.nominationId}>
            {e.nomineeName} — {e.awardName}
            {e.unitName ? `, ${e.unitName}` : ''}
            {money?.amounts[i] ? ` — tiền thưởng ${formatInteger(money.amounts[i].amount)} đồng` : ''}
          </li>
        ))}
      </ol>
      {money ? (
        <p>
          Tổng tiền thưởng: <strong>{formatInteger(money.total)} đồng</strong>{' '}
          <span class="meta">(hệ số × mức lương cơ sở tại ngày ký, làm tròn lên hàng chục nghìn đồng)</span>
        </p>
      ) : null}
      {doc.kind === 'revocation' ? null : (
        <div class="actions">
          <DraftDownload documentId={doc.id} />
          {doc.kind === 'decision' && doc.entries.some((e) => isCertificateAward(e.awardCode)) ? (
            <Link class="btn" href={`/in-phoi?van-ban=${encodeURIComponent(doc.id)}`}>
              In trên phôi
            </Link>
          ) : null}
        </div>
      )}
      <SignedCopy documentId={doc.id} number={doc.number} />
    </Notice>
  );
}

/**
 * Select many nominations and sign ONE document for all of them: the director's decision (awards
 * of the Sở) or tờ trình to the province (awards above it); the chairman's decision for the province.
 */
function BatchPanel({
  items,
  complete,
  kind,
  title,
  onDone,
}: {
  items: readonly NominationSummary[];
  /** Every page of the queue has arrived. */
  complete: boolean;
  kind: Kind;
  title: string;
  onDone: () => void;
}) {
  const me = useMe();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [summary, setSummary] = useState(
    kind === 'decision'
      ? 'Về việc tặng danh hiệu thi đua và hình thức khen thưởng'
      : 'Về việc đề nghị khen thưởng',
  );
  // A number already taken is said beside the number field.
  const action = useAction({
    issuesOf: (e) => (/NUMBER_TAKEN$/.test(e.code) ? { number: e.message } : toIssueMap(e.issues)),
  });
  const { busy, issues, setIssues } = action;
  const [issued, setIssued] = useState<DocumentView | undefined>();
  const [number, setNumber] = useState('');
  const [signedOn, setSignedOn] = useState<string | undefined>(todayInVietnam());
  const [signerName, setSignerName] = useState(me.name);
  const [signerTitle, setSignerTitle] = useState(hasRole(me, 'province_leader') ? 'CHỦ TỊCH' : 'GIÁM ĐỐC');
  const select = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const sign = async () => {
    const body = {
      nominationIds: [...selected],
      summary,
      ...(takes(kind, 'number') && number.trim() ? { number: number.trim() } : {}),
      ...(takes(kind, 'signedOn') && signedOn ? { signedOn } : {}),
      ...(takes(kind, 'signer') ? { signer: { name: signerName, title: signerTitle } } : {}),
    };
    const schema = BODY[kind];
    const check = schema ? validate(schema, body) : undefined;
    if (check && !check.ok) return setIssues(check.issues);
    await action.run(
      (idempotencyKey) =>
        api.post<DocumentView>(kind === 'decision' ? '/decisions' : '/submissions', { body, idempotencyKey }),
      (doc) => {
        setIssued(doc);
        setSelected(new Set());
        setNumber('');
        setConfirming(false);
        onDone();
      },
      (err) => {
        // The signer corrects a field in the dialog, which stays open with everything entered;
        // any other refusal (someone decided one of these meanwhile) ends the attempt.
        const onFields =
          err instanceof ApiError &&
          (/NUMBER_TAKEN$/.test(err.code) ||
            err.issues.some((i) => /^(number|signedOn|signer)/.test(i.path)));
        if (!onFields) setConfirming(false);
      },
    );
  };
  const chosen = items.filter((n) => selected.has(n.id));
  return (
    <section aria-labelledby={`batch-${kind}`}>
      <h2 id={`batch-${kind}`}>{title}</h2>
      {issued ? <IssuedDocument doc={issued} /> : null}
      {/* A refusal about a field is said beside it in the dialog, not twice. */}
      <ApiErrorNotice error={confirming ? undefined : action.error} onReload={onDone} />
      <NominationTable
        items={items}
        complete={complete}
        caption={title}
        exportName={kind === 'decision' ? 'danh-sach-quyet-dinh' : 'danh-sach-to-trinh'}
        selected={selected}
        onSelect={select}
      />
      <div class="actions">
        <button
          type="button"
          class="btn btn-primary"
          disabled={selected.size === 0}
          onClick={() => setConfirming(true)}
        >
          {kind === 'decision' ? 'Ký quyết định' : 'Ký tờ trình'} ({selected.size} đề nghị)
        </button>
      </div>
      <Dialog
        open={confirming}
        title={kind === 'decision' ? 'Xác nhận ký quyết định khen thưởng' : 'Xác nhận ký tờ trình'}
        onClose={() => setConfirming(false)}
      >
        <dl class="facts">
          {takes(kind, 'signer') ? null : (
            <>
              <dt>Người ký</dt>
              <dd>{me.name}</dd>
            </>
          )}
          {takes(kind, 'signedOn') ? null : (
            <>
              <dt>Ngày ký</dt>
              <dd>{formatDate(todayInVietnam())}</dd>
            </>
          )}
          {takes(kind, 'number') ? null : (
            <>
              <dt>Số văn bản</dt>
              <dd>Hệ thống cấp số tiếp theo trong năm khi ký (Nghị định 30/2020/NĐ-CP).</dd>
            </>
          )}
          <dt>Số đề nghị</dt>
          <dd>{chosen.length}</dd>
        </dl>
        {takes(kind, 'number') ? (
          <Field
            name="number"
            label="Số văn bản"
            hint="Để trống (tự động): hệ thống cấp số tiếp theo trong năm (Nghị định 30/2020/NĐ-CP)."
            error={issues.number}
          >
            {(c) => (
              <input
                {...c}
                type="text"
                placeholder="tự động"
                autocomplete="off"
                value={number}
                onInput={(e) => setNumber(e.currentTarget.value)}
              />
            )}
          </Field>
        ) : null}
        {takes(kind, 'signedOn') ? (
          <Field
            name="signedOn"
            label="Ngày ký"
            hint="dd/mm/yyyy"
            error={dateMessage(issues.signedOn)}
            required
          >
            {(c) => <DateInput control={c} value={signedOn} onChange={setSignedOn} />}
          </Field>
        ) : null}
        {takes(kind, 'signer') ? (
          <div class="grid-2">
            <Field
              name="signer.name"
              label="Người ký"
              error={issues['signer.name'] ?? issues.signer}
              required
            >
              {(c) => (
                <input
                  {...c}
                  type="text"
                  value={signerName}
                  onInput={(e) => setSignerName(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field
              name="signer.title"
              label="Chức vụ người ký"
              hint="Như in trên văn bản, ví dụ: GIÁM ĐỐC; KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC"
              error={issues['signer.title']}
              required
            >
              {(c) => (
                <input
                  {...c}
                  type="text"
                  value={signerTitle}
                  onInput={(e) => setSignerTitle(e.currentTarget.value)}
                />
              )}
            </Field>
          </div>
        ) : null}
        <Field name="summary" label="Trích yếu" error={issues.summary} required>
          {(c) => (
            <input
              {...c}
              type="text"
              value={summary}
              maxLength={500}
              onInput={(e) => setSummary(e.currentTarget.value)}
            />
          )}
        </Field>
        <ol>
          {chosen.map((n) => (
            <li key={n.id}>
              {n.nominee.name}
              {n.nominee.position ? `, ${n.nominee.position}` : ''}
            </li>
          ))}
        </ol>
        <div class="actions">
          <button
            type="button"
            class="btn btn-primary"
            disabled={busy || !summary.trim()}
            onClick={() => void sign()}
          >
            {busy ? 'Đang ký…' : 'Xác nhận ký'}
          </button>
          <button type="button" class="btn" onClick={() => setConfirming(false)}>
            Quay lại
          </button>
        </div>
      </Dialog>
    </section>
  );
}

function DirectorDecisions() {
  const passed = useList<NominationSummary>('/queues/council', { state: 'council_passed' }, []);
  const items = passed.data?.items ?? [];
  return (
    <>
      <ApiErrorNotice error={passed.error} />
      <BatchPanel
        kind="decision"
        title="Thuộc thẩm quyền Giám đốc Sở: ký quyết định"
        complete={passed.complete}
        items={items.filter((n) => authorityOf(n.awardCode) === 'department')}
        onDone={passed.reload}
      />
      <BatchPanel
        kind="submission"
        title="Thuộc thẩm quyền UBND tỉnh: ký tờ trình"
        complete={passed.complete}
        items={items.filter((n) => authorityOf(n.awardCode) !== 'department')}
        onDone={passed.reload}
      />
    </>
  );
}

function ProvinceDecisions() {
  const organisations = useList<OrganisationView>('/organisations', {}, []);
  const orgs = (organisations.data?.items ?? []).filter((o) => o.id !== 'org-ubnd');
  const orgId = useQueryParam('co-quan') || orgs[0]?.id || '';
  const approved = useList<NominationSummary>(
    orgId ? '/queues/province' : undefined,
    { organisationId: orgId, state: 'province_approved' },
    [orgId],
  );
  const items = approved.data?.items ?? [];
  return (
    <>
      <Field name="org" label="Sở, ban, ngành trình">
        {(c) => (
          <Select
            control={c}
            value={orgId || undefined}
            onChange={(v) => setQueryParam('co-quan', v ?? '')}
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
          />
        )}
      </Field>
      <ApiErrorNotice error={approved.error} />
      <BatchPanel
        kind="decision"
        title="Đã thẩm định đạt: Chủ tịch UBND tỉnh ký quyết định"
        complete={approved.complete}
        items={items.filter((n) => authorityOf(n.awardCode) === 'province')}
        onDone={approved.reload}
      />
      <BatchPanel
        kind="submission"
        title="Khen thưởng cấp Nhà nước: trình cấp Trung ương"
        complete={approved.complete}
        items={items.filter((n) => authorityOf(n.awardCode) === 'national')}
        onDone={approved.reload}
      />
    </>
  );
}

export function DecisionsScreen() {
  const me = useMe();
  return (
    <>
      <h1>Ký quyết định, tờ trình</h1>
      <p>
        Chọn các đề nghị, rồi ký một văn bản cho tất cả. Mỗi người được khen thưởng có tên trong danh sách kèm
        theo.
      </p>
      {hasRole(me, 'director') ? <DirectorDecisions /> : null}
      {hasRole(me, 'province_leader') ? <ProvinceDecisions /> : null}
    </>
  );
}
