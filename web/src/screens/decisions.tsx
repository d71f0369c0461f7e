import { useRef, useState } from 'preact/hooks';
import { DEFAULT_CATALOG } from '../../../shared/domain/rules/catalog';
import type { AwardCode } from '../../../shared/domain/vocabulary';
import { api } from '../api/client';
import type { DocumentView, NominationSummary, OrganisationView, Page } from '../api/types';
import { formatDate, todayInVietnam } from '../lib/format';
import { newIdempotencyKey } from '../lib/ids';
import { hasRole, useMe } from '../lib/me';
import { setQueryParam, useQueryParam } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { Dialog } from '../ui/dialog';
import { Field } from '../ui/field';
import { Select } from '../ui/inputs';
import { NominationTable } from '../ui/nomination-table';
import { Notice } from '../ui/notice';

type Kind = 'decision' | 'submission';
const authorityOf = (code: string) => DEFAULT_CATALOG[code as AwardCode]?.authority;

/** The signed document: its number, date, signer and the annex of awardees. */
function IssuedDocument({ doc }: { doc: DocumentView }) {
  return (
    <Notice tone="ok" title={`Đã ban hành ${doc.kindLabel} số ${doc.number}`}>
      <p>
        Ngày {doc.signedOnLabel || formatDate(doc.signedOn)} · {doc.summary}
      </p>
      <ol>
        {doc.entries.map((e) => (
          <li key={e.nominationId}>
            {e.name ?? e.nomineeName} — {e.awardName}
            {e.unitName ? `, ${e.unitName}` : ''}
          </li>
        ))}
      </ol>
    </Notice>
  );
}

/**
 * Select many nominations and sign ONE document for all of them: the director's decision (awards
 * of the Sở) or tờ trình to the province (awards above it); the chairman's decision for the province.
 */
function BatchPanel({
  items,
  kind,
  title,
  onDone,
}: {
  items: readonly NominationSummary[];
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
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<DocumentView | undefined>();
  const key = useRef<string | undefined>(undefined);
  const select = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const sign = async () => {
    key.current ??= newIdempotencyKey();
    setBusy(true);
    setError(undefined);
    try {
      const doc = await api.post<DocumentView>(kind === 'decision' ? '/decisions' : '/submissions', {
        body: { nominationIds: [...selected], summary },
        idempotencyKey: key.current,
      });
      key.current = undefined;
      setIssued(doc);
      setSelected(new Set());
      setConfirming(false);
      onDone();
    } catch (err) {
      // A conflict means someone decided one of these meanwhile: this attempt is over.
      key.current = undefined;
      setError(err);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  const chosen = items.filter((n) => selected.has(n.id));
  return (
    <section aria-labelledby={`batch-${kind}`}>
      <h2 id={`batch-${kind}`}>{title}</h2>
      {issued ? <IssuedDocument doc={issued} /> : null}
      <ApiErrorNotice error={error} onReload={onDone} />
      <NominationTable
        items={items}
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
          <dt>Người ký</dt>
          <dd>{me.name}</dd>
          <dt>Ngày ký</dt>
          <dd>{formatDate(todayInVietnam())}</dd>
          <dt>Số văn bản</dt>
          <dd>Hệ thống cấp số tiếp theo trong năm khi ký (Nghị định 30/2020/NĐ-CP).</dd>
          <dt>Số đề nghị</dt>
          <dd>{chosen.length}</dd>
        </dl>
        <Field name="summary" label="Trích yếu" required>
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
  const passed = useLoad(
    (signal) =>
      api.get<Page<NominationSummary>>('/queues/council', {
        signal,
        query: { state: 'council_passed', limit: 100 },
      }),
    [],
  );
  const items = passed.data?.items ?? [];
  return (
    <>
      <ApiErrorNotice error={passed.error} />
      <BatchPanel
        kind="decision"
        title="Thuộc thẩm quyền Giám đốc Sở: ký quyết định"
        items={items.filter((n) => authorityOf(n.awardCode) === 'department')}
        onDone={passed.reload}
      />
      <BatchPanel
        kind="submission"
        title="Thuộc thẩm quyền UBND tỉnh: ký tờ trình"
        items={items.filter((n) => authorityOf(n.awardCode) !== 'department')}
        onDone={passed.reload}
      />
    </>
  );
}

function ProvinceDecisions() {
  const organisations = useLoad(
    (signal) => api.get<Page<OrganisationView>>('/organisations', { signal }),
    [],
  );
  const orgs = (organisations.data?.items ?? []).filter((o) => o.id !== 'org-ubnd');
  const orgId = useQueryParam('co-quan') || orgs[0]?.id || '';
  const approved = useLoad(
    (signal) =>
      orgId
        ? api.get<Page<NominationSummary>>('/queues/province', {
            signal,
            query: { organisationId: orgId, state: 'province_approved', limit: 100 },
          })
        : Promise.resolve({ items: [] }),
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
        items={items.filter((n) => authorityOf(n.awardCode) === 'province')}
        onDone={approved.reload}
      />
      <BatchPanel
        kind="submission"
        title="Khen thưởng cấp Nhà nước: trình cấp Trung ương"
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
