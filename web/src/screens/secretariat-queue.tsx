import { api } from '../api/client';
import type { CampaignView, NominationSummary, Page } from '../api/types';
import { setQueryParam, useQueryParam } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { Field } from '../ui/field';
import { Select } from '../ui/inputs';
import { NominationTable } from '../ui/nomination-table';
import { StateTabs } from '../ui/state-tabs';

const QUEUE = ['submitted', 'returned', 'accepted', 'province_returned'];
const COUNCIL = ['council_passed', 'council_failed', 'in_council'];

/** The Sở's work queue by state and campaign: new dossiers first. */
export function SecretariatQueueScreen() {
  const state = useQueryParam('trang-thai') || 'submitted';
  const campaignId = useQueryParam('phong-trao');
  const fromCouncil = COUNCIL.includes(state);
  const list = useLoad(
    (signal) =>
      api.get<Page<NominationSummary>>(fromCouncil ? '/queues/council' : '/queues/secretariat', {
        signal,
        query: { state, limit: 100 },
      }),
    [state],
  );
  const campaigns = useLoad((signal) => api.get<Page<CampaignView>>('/campaigns', { signal }), []);
  const items = (list.data?.items ?? []).filter((n) => !campaignId || n.campaignId === campaignId);
  return (
    <>
      <h1>Hồ sơ chờ xử lý</h1>
      <StateTabs states={[...QUEUE, ...COUNCIL]} current={state} label="Hàng chờ theo trạng thái" />
      <div class="filters">
        <Field name="campaign-filter" label="Phong trào">
          {(c) => (
            <Select
              control={c}
              value={campaignId || undefined}
              onChange={(v) => setQueryParam('phong-trao', v ?? '')}
              options={(campaigns.data?.items ?? []).map((cp) => ({
                value: cp.id,
                label: cp.title ?? cp.id,
              }))}
              empty="Tất cả phong trào"
            />
          )}
        </Field>
      </div>
      <ApiErrorNotice error={list.error} />
      {list.data ? (
        <NominationTable
          items={items}
          caption="Hàng chờ của Thường trực Hội đồng"
          exportName="hang-cho-tham-dinh"
        />
      ) : (
        <p>Đang tải…</p>
      )}
    </>
  );
}
