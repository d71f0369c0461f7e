import type { NominationSummary } from '../api/types';
import { Link, useQueryParam } from '../lib/router';
import { useList } from '../lib/use-list';
import { ApiErrorNotice } from '../ui/api-error';
import { NominationTable } from '../ui/nomination-table';
import { StateTabs } from '../ui/state-tabs';

const STATES = [
  'draft',
  'submitted',
  'returned',
  'accepted',
  'council_passed',
  'decided',
  'forwarded',
  'decided_by_province',
  'withdrawn',
];

/** The unit's nominations by state: drafts to finish, dossiers returned, decisions received. */
export function UnitNominationsScreen() {
  const state = useQueryParam('trang-thai');
  const list = useList<NominationSummary>('/nominations', { state }, [state]);
  return (
    <>
      <h1>Đề nghị khen thưởng của đơn vị</h1>
      <p>
        <Link class="btn btn-primary" href="/de-nghi/moi">
          + Lập đề nghị mới
        </Link>{' '}
        <Link class="btn" href="/de-nghi/danh-sach">
          Lập danh sách đề nghị của đơn vị
        </Link>
      </p>
      <StateTabs states={STATES} current={state} allLabel="Tất cả" label="Lọc theo trạng thái" />
      <ApiErrorNotice error={list.error} />
      {list.data ? (
        <NominationTable
          items={list.data.items}
          complete={list.complete}
          caption="Đề nghị của đơn vị"
          exportName="de-nghi-don-vi"
        />
      ) : (
        <p>Đang tải…</p>
      )}
    </>
  );
}
