import { api } from '../api/client';
import type { NominationSummary, OrganisationView, Page } from '../api/types';
import { setQueryParam, useQueryParam } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
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

/** Ban TĐKT tỉnh: what each Sở has sent up, by state; each dossier opens to receive, appraise or return. */
export function ProvinceQueueScreen() {
  const state = useQueryParam('trang-thai') || 'forwarded';
  const organisations = useLoad(
    (signal) => api.get<Page<OrganisationView>>('/organisations', { signal }),
    [],
  );
  const orgs = (organisations.data?.items ?? []).filter((o) => o.id !== 'org-ubnd');
  const orgId = useQueryParam('co-quan') || orgs[0]?.id || '';
  const list = useLoad(
    (signal) =>
      orgId
        ? api.get<Page<NominationSummary>>('/queues/province', {
            signal,
            query: { organisationId: orgId, state, limit: 100 },
          })
        : Promise.resolve(undefined),
    [orgId, state],
  );
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
      <ApiErrorNotice error={list.error ?? organisations.error} />
      {list.data ? (
        <NominationTable
          items={list.data.items}
          caption="Hồ sơ trình UBND tỉnh"
          exportName="ho-so-trinh-tinh"
        />
      ) : (
        <p>Đang tải…</p>
      )}
    </>
  );
}
