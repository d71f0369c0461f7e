import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { NominationSummary, OrganisationView } from '../api/types';
import { type BulkResult, runBulk } from '../lib/bulk';
import { formatDate } from '../lib/format';
import { setQueryParam, useQueryParam } from '../lib/router';
import { useList } from '../lib/use-list';
import { ApiErrorNotice } from '../ui/api-error';
import { BulkNotice } from '../ui/bulk-notice';
import { Field } from '../ui/field';
import { Select } from '../ui/inputs';
import { NominationTable } from '../ui/nomination-table';
import { StateTabs } from '../ui/state-tabs';

const STATES = [
  'forwarded',
  'province_review',
  'province_returned',
  'province_approved',
  'decided_by_province',
  'province_rejected',
];

/** What the Ban TĐKT may do to a whole tờ trình in this state, and how it reads when done. */
const BULK: Readonly<Record<string, { verb: string; label: string; done: string }>> = {
  forwarded: { verb: 'receive', label: 'Tiếp nhận cả tờ trình', done: 'tiếp nhận' },
  province_review: { verb: 'appraise', label: 'Thẩm định đạt cả tờ trình', done: 'thẩm định đạt' },
};

interface Group {
  readonly key: string;
  readonly title: string;
  readonly items: readonly NominationSummary[];
}

/** The nominations of one Sở by the tờ trình that sent them up, newest tờ trình first. */
function byLetter(items: readonly NominationSummary[]): Group[] {
  const groups = new Map<string, NominationSummary[]>();
  for (const n of items) {
    const key = n.submissionLetter ? `${n.submissionLetter.issuedOn}|${n.submissionLetter.number}` : '';
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([key, group]) => {
      const letter = group[0]?.submissionLetter;
      return {
        key,
        title: letter
          ? `Tờ trình số ${letter.number} ngày ${formatDate(letter.issuedOn)}`
          : 'Chưa ghi nhận tờ trình',
        items: group,
      };
    });
}

/** One tờ trình: its dossiers, and the step the Ban TĐKT takes for all of them at once. */
function LetterGroup({
  group,
  complete,
  state,
  onDone,
}: {
  group: Group;
  /** Every page of the queue has arrived. */
  complete: boolean;
  state: string;
  onDone: (result: BulkResult) => void;
}) {
  const bulk = BULK[state];
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!bulk) return;
    setBusy(true);
    // A refusal of one (e.g. an award the provincial council must vote on) leaves the others done.
    const { ok, failed } = await runBulk(group.items, (n, idempotencyKey) =>
      api.post(`/nominations/${n.id}/${bulk.verb}`, {
        body: {},
        version: n.version,
        idempotencyKey,
      }),
    );
    setBusy(false);
    onDone({ title: group.title, done: bulk.done, ok, failed });
  };
  const id = `letter-${group.key.replace(/[^A-Za-z0-9]/g, '-')}`;
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>
        {group.title} · {group.items.length} đề nghị
      </h2>
      <NominationTable
        items={group.items}
        complete={complete}
        caption={group.title}
        exportName={`to-trinh-${group.key}`}
      />
      {bulk && group.items.length > 0 ? (
        <div class="actions">
          <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void run()}>
            {busy ? 'Đang thực hiện…' : `${bulk.label} (${group.items.length})`}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** Ban TĐKT tỉnh: what each Sở has sent up, by state and by tờ trình; each dossier opens too. */
export function ProvinceQueueScreen() {
  const state = useQueryParam('trang-thai') || 'forwarded';
  const organisations = useList<OrganisationView>('/organisations', {}, []);
  const orgs = (organisations.data?.items ?? []).filter((o) => o.level !== 'province');
  const orgId = useQueryParam('co-quan') || orgs[0]?.id || '';
  const list = useList<NominationSummary>(
    orgId ? '/queues/province' : undefined,
    { organisationId: orgId, state },
    [orgId, state],
  );
  const groups = byLetter(list.data?.items ?? []);
  const [result, setResult] = useState<BulkResult | undefined>();
  return (
    <>
      <h1>Thẩm định hồ sơ các Sở trình</h1>
      <div class="filters">
        <Field name="province-org" label="Sở, ban, ngành">
          {(c) => (
            <Select
              control={c}
              value={orgId || undefined}
              onChange={(v) => setQueryParam('co-quan', v ?? '')}
              options={orgs.map((o) => ({ value: o.id, label: o.name }))}
            />
          )}
        </Field>
      </div>
      <StateTabs states={STATES} current={state} label="Lọc theo trạng thái" />
      {result ? <BulkNotice result={result} /> : null}
      <ApiErrorNotice error={list.error ?? organisations.error} />
      {list.data ? (
        groups.length === 0 ? (
          <p>Không có hồ sơ nào ở trạng thái này.</p>
        ) : (
          groups.map((g) => (
            <LetterGroup
              key={`${state}-${g.key}`}
              group={g}
              complete={list.complete}
              state={state}
              onDone={(r) => {
                setResult(r);
                list.reload();
              }}
            />
          ))
        )
      ) : (
        <p>Đang tải…</p>
      )}
    </>
  );
}
