import type { listActivity } from '../../../../shared/http/routes/audit';
import type { AnswerOf } from '../../api/types';
import { type ExportColumn, exportXlsx } from '../../lib/export-xlsx';
import { formatDateTime } from '../../lib/format';
import { Link, setQueryParam, useQueryParam } from '../../lib/router';
import { useList } from '../../lib/use-list';
import { ApiErrorNotice } from '../../ui/api-error';
import { Field } from '../../ui/field';
import { Select, TextInput } from '../../ui/inputs';

type Entry = AnswerOf<typeof listActivity>['items'][number];

const ENTITY_LABELS: Readonly<Record<string, string>> = {
  nomination: 'Đề nghị khen thưởng',
  organisation: 'Cơ quan',
  unit: 'Phòng, ban',
  person: 'Cán bộ',
  user: 'Người dùng',
  council_seat: 'Ghế Hội đồng',
  award: 'Quá trình khen thưởng',
  award_import: 'Nhập khen thưởng cũ',
  person_import: 'Nhập danh sách cán bộ',
  dossier_file: 'Tệp hồ sơ',
  document_file: 'Bản ký văn bản',
  unit_file: 'Tài liệu của đơn vị',
  meeting_file: 'Biên bản Hội đồng (bản ký)',
  file_download: 'Tải tệp',
  target_report: 'Báo cáo chỉ tiêu',
  mail_suppression: 'Địa chỉ thư bị ngừng gửi',
  campaign: 'Phong trào thi đua',
};

const entityLabel = (entity: string) => ENTITY_LABELS[entity] ?? entity;
const actorLabel = (e: Entry) =>
  `${e.actor.name ?? e.actor.userId}${e.actor.role ? ` (${e.actor.role})` : ''}`;

/** The last twelve months, this one first: `2026-12`. */
function recentMonths(today = new Date()): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

const COLUMNS: readonly ExportColumn<Entry>[] = [
  { header: 'Thời điểm', width: 20, value: (e) => formatDateTime(e.at) },
  { header: 'Người thực hiện', width: 30, value: actorLabel },
  { header: 'Đối tượng', width: 26, value: (e) => entityLabel(e.entity) },
  { header: 'Mã', width: 30, value: (e) => e.entityId },
  { header: 'Thao tác', width: 20, value: (e) => e.action },
  { header: 'Trạng thái', width: 30, value: (e) => (e.to ? `${e.from ?? ''} → ${e.to}` : undefined) },
  { header: 'Lý do', width: 40, value: (e) => e.reason },
];

/**
 * The whole system's activity of a month for the administrator: every nomination's events and
 * every change of the directory, users, council seats, award history, imports and files; filtered
 * by kind and by who acted, and exported whole.
 */
export function ActivityScreen() {
  const months = recentMonths();
  const month = useQueryParam('thang') || months[0] || '';
  const entity = useQueryParam('doi-tuong');
  const whoTyped = useQueryParam('nguoi');
  const who = whoTyped.trim().toLocaleLowerCase('vi');
  const list = useList<Entry>('/activity', { month }, [month]);
  const all = list.data?.items ?? [];
  const shown = all.filter(
    (e) =>
      (!entity || e.entity === entity) &&
      (!who || actorLabel(e).toLocaleLowerCase('vi').includes(who) || e.actor.userId === who),
  );
  const entities = [...new Set(all.map((e) => e.entity))].sort();
  return (
    <>
      <h1>Nhật ký hoạt động của hệ thống</h1>
      <p>
        Mọi thao tác trên đề nghị khen thưởng và mọi thay đổi danh bạ, người dùng, Hội đồng, quá trình khen
        thưởng, tệp hồ sơ, theo tháng; phiếu kín không bao giờ hiện lựa chọn của thành viên.
      </p>
      <div class="filters">
        <Field name="activity-month" label="Tháng">
          {(c) => (
            <Select
              control={c}
              value={month}
              onChange={(v) => setQueryParam('thang', v ?? '')}
              options={months.map((m) => ({ value: m, label: `${m.slice(5)}/${m.slice(0, 4)}` }))}
            />
          )}
        </Field>
        <Field name="activity-entity" label="Đối tượng">
          {(c) => (
            <Select
              control={c}
              value={entity || undefined}
              empty="Tất cả"
              onChange={(v) => setQueryParam('doi-tuong', v ?? '')}
              options={entities.map((e) => ({ value: e, label: entityLabel(e) }))}
            />
          )}
        </Field>
        <Field name="activity-who" label="Người thực hiện">
          {(c) => (
            <TextInput
              control={c}
              value={who}
              onChange={(v) => setQueryParam('nguoi', v ?? '')}
              maxLength={100}
            />
          )}
        </Field>
      </div>
      <ApiErrorNotice error={list.error} onReload={list.reload} />
      <div class="actions">
        <button
          type="button"
          class="btn"
          disabled={!list.complete || shown.length === 0}
          onClick={() => void exportXlsx(`nhat-ky-${month}`, `Nhật ký ${month}`, COLUMNS, shown)}
        >
          Xuất Excel (.xlsx)
        </button>
        <span class="meta" role="status">
          {list.complete ? `${shown.length} / ${all.length} mục` : `Đang tải… đã có ${all.length} mục`}
        </span>
      </div>
      <table>
        <caption>Hoạt động tháng {`${month.slice(5)}/${month.slice(0, 4)}`}</caption>
        <thead>
          <tr>
            <th scope="col">Thời điểm</th>
            <th scope="col">Người thực hiện</th>
            <th scope="col">Đối tượng</th>
            <th scope="col">Thao tác</th>
            <th scope="col">Lý do</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={`${e.at}-${e.entity}-${e.entityId}-${e.action}`}>
              <td>{formatDateTime(e.at)}</td>
              <td>{actorLabel(e)}</td>
              <td>
                {entityLabel(e.entity)}:{' '}
                {e.entity === 'nomination' ? (
                  <Link href={`/de-nghi/${encodeURIComponent(e.entityId)}`}>{e.entityId}</Link>
                ) : (
                  e.entityId
                )}
              </td>
              <td>
                {e.action}
                {e.to ? <div class="meta">{`${e.from ?? '—'} → ${e.to}`}</div> : null}
              </td>
              <td>{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
