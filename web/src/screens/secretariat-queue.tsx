import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { CampaignView, NominationSummary, Page } from '../api/types';
import { type BulkResult, runBulk } from '../lib/bulk';
import type { IssueMap } from '../lib/form-issues';
import { formatDate } from '../lib/format';
import { setQueryParam, useQueryParam } from '../lib/router';
import { useList } from '../lib/use-list';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { BulkNotice } from '../ui/bulk-notice';
import { Dialog } from '../ui/dialog';
import { Field } from '../ui/field';
import { Select } from '../ui/inputs';
import { NominationTable } from '../ui/nomination-table';
import { StateTabs } from '../ui/state-tabs';
import { type ReturnBodyValue, ReturnForm } from './return-form';

const QUEUE = ['submitted', 'returned', 'accepted', 'province_returned'];
const COUNCIL = ['council_passed', 'council_failed', 'in_council'];

/** The Sở's work queue by state and campaign: new dossiers first. */
export function SecretariatQueueScreen() {
  const state = useQueryParam('trang-thai') || 'submitted';
  const campaignId = useQueryParam('phong-trao');
  const fromCouncil = COUNCIL.includes(state);
  const list = useList<NominationSummary>(
    fromCouncil ? '/queues/council' : '/queues/secretariat',
    { state },
    [state],
  );
  const campaigns = useLoad((signal) => api.get<Page<CampaignView>>('/campaigns', { signal }), []);
  const items = (list.data?.items ?? []).filter((n) => !campaignId || n.campaignId === campaignId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [returning, setReturning] = useState(false);
  const [returnIssues, setReturnIssues] = useState<IssueMap>({});
  const [progress, setProgress] = useState<number | undefined>();
  const [result, setResult] = useState<BulkResult | undefined>();
  const chosen = items.filter((n) => selected.has(n.id));
  const select = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  // Accepting is the secretariat's check of each dossier; many checked dossiers go in one step.
  // One workflow step over the chosen dossiers, each with its own version and idempotency key.
  const stepChosen = async (
    verb: 'accept' | 'return',
    body: object,
    words: { title: string; done: string },
  ) => {
    setProgress(0);
    const { ok, failed } = await runBulk(
      chosen,
      (n, idempotencyKey) =>
        api.post(`/nominations/${n.id}/${verb}`, {
          body,
          version: n.version,
          idempotencyKey,
        }),
      setProgress,
    );
    setProgress(undefined);
    setConfirming(false);
    setReturning(false);
    setSelected(new Set());
    setResult({ ...words, ok, failed });
    list.reload();
  };
  const acceptChosen = () => stepChosen('accept', {}, { title: 'Tiếp nhận hồ sơ', done: 'tiếp nhận' });
  // A list returned whole (its tờ trình, its minutes): one reason and the same documents asked of each.
  const returnChosen = (body: ReturnBodyValue) =>
    stepChosen('return', body, { title: 'Trả lại hồ sơ', done: 'trả lại' });
  const bulkable = state === 'submitted';
  // The units' lists among these dossiers, so a list is taken whole in one step.
  const lists = [
    ...new Map(items.flatMap((n) => (n.unitList ? [[n.unitList.id, n.unitList]] : []))).values(),
  ].map((list) => ({ list, ids: items.filter((n) => n.unitList?.id === list.id).map((n) => n.id) }));
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
      {result ? <BulkNotice result={result} /> : null}
      {bulkable && lists.length > 0 ? (
        <div class="actions">
          {lists.map(({ list, ids }) => (
            <button
              key={list.id}
              type="button"
              class="btn"
              onClick={() => setSelected(new Set([...selected, ...ids]))}
            >
              Chọn cả danh sách {list.letterNumber ?? ''}
              {list.issuedOn ? ` ngày ${formatDate(list.issuedOn)}` : ''} ({ids.length})
            </button>
          ))}
        </div>
      ) : null}
      {bulkable && items.length > 0 ? (
        <div class="actions">
          <button
            type="button"
            class="btn btn-primary"
            disabled={chosen.length === 0}
            onClick={() => setConfirming(true)}
          >
            Tiếp nhận {chosen.length} hồ sơ đã chọn
          </button>
          <button
            type="button"
            class="btn btn-danger"
            disabled={chosen.length === 0}
            onClick={() => setReturning(true)}
          >
            Trả lại {chosen.length} hồ sơ đã chọn
          </button>
        </div>
      ) : null}
      {list.data ? (
        <NominationTable
          items={items}
          complete={list.complete}
          caption="Hàng chờ của Thường trực Hội đồng"
          exportName="hang-cho-tham-dinh"
          {...(bulkable ? { selected, onSelect: select } : {})}
        />
      ) : (
        <p>Đang tải…</p>
      )}
      <Dialog
        open={confirming}
        title={`Tiếp nhận ${chosen.length} hồ sơ?`}
        onClose={() => setConfirming(false)}
      >
        <p>
          Các hồ sơ đã chọn được coi là đủ thành phần, đủ điều kiện để trình Hội đồng. Hồ sơ nào không tiếp
          nhận được (ví dụ: vừa được đơn vị rút lại) sẽ được nêu tên và lý do; các hồ sơ khác vẫn được tiếp
          nhận.
        </p>
        {progress !== undefined ? (
          <p role="status">
            Đang tiếp nhận {progress}/{chosen.length}…
          </p>
        ) : null}
        <div class="actions">
          <button
            type="button"
            class="btn btn-primary"
            disabled={progress !== undefined}
            onClick={() => void acceptChosen()}
          >
            Xác nhận tiếp nhận
          </button>
          <button type="button" class="btn" onClick={() => setConfirming(false)}>
            Quay lại
          </button>
        </div>
      </Dialog>
      <Dialog open={returning} title={`Trả lại ${chosen.length} hồ sơ?`} onClose={() => setReturning(false)}>
        <p>
          Mỗi hồ sơ đã chọn được trả lại cho đơn vị với cùng lý do và cùng yêu cầu bổ sung; đơn vị sửa và gửi
          lại từng hồ sơ.
        </p>
        {progress !== undefined ? (
          <p role="status">
            Đang trả lại {progress}/{chosen.length}…
          </p>
        ) : null}
        <ReturnForm
          busy={progress !== undefined}
          issues={returnIssues}
          setIssues={setReturnIssues}
          submitLabel={`Trả lại ${chosen.length} hồ sơ`}
          onSubmit={(body) => void returnChosen(body)}
        />
      </Dialog>
    </>
  );
}
