import { useState } from 'preact/hooks';
import type { NominationSummary } from '../api/types';
import { type ExportColumn, exportXlsx } from '../lib/export-xlsx';
import { compareViNames, formatDateTime, viCollator } from '../lib/format';
import { awardName, stateLabel } from '../lib/labels';
import { Link } from '../lib/router';
import { StateBadge } from './state-badge';

type SortKey = 'name' | 'award' | 'state' | 'updated';

const SORTS: Record<SortKey, (a: NominationSummary, b: NominationSummary) => number> = {
  name: (a, b) => compareViNames(a.nominee.name, b.nominee.name),
  award: (a, b) => viCollator.compare(awardName(a.awardCode), awardName(b.awardCode)),
  state: (a, b) => viCollator.compare(stateLabel(a.state), stateLabel(b.state)),
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
};

const EXPORT_COLUMNS: readonly ExportColumn<NominationSummary & { no: number }>[] = [
  { header: 'STT', width: 6, value: (r) => r.no },
  { header: 'Họ và tên / Tập thể', width: 32, value: (r) => r.nominee.name },
  { header: 'Chức vụ', width: 26, value: (r) => r.nominee.position },
  { header: 'Hình thức khen thưởng', width: 34, value: (r) => awardName(r.awardCode) },
  { header: 'Năm', width: 8, value: (r) => r.year },
  { header: 'Trạng thái', width: 36, value: (r) => stateLabel(r.state) },
  { header: 'Cập nhật', width: 18, value: (r) => formatDateTime(r.updatedAt) },
];

/**
 * A list of nominations: sortable by column (Vietnamese order of names), optionally selectable,
 * and exported to Excel exactly as shown. Public fields only, as the API lists them.
 */
export function NominationTable({
  items,
  complete = true,
  caption,
  exportName,
  selected,
  onSelect,
}: {
  items: readonly NominationSummary[];
  /** Whether every page of the list has arrived; until then the count says so and export waits. */
  complete?: boolean;
  caption: string;
  exportName: string;
  selected?: ReadonlySet<string>;
  onSelect?: (id: string, on: boolean) => void;
}) {
  const [sort, setSort] = useState<SortKey>('name');
  const rows = [...items].sort(SORTS[sort]);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort === key ? (key === 'updated' ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort(key)}>
        {label}
      </button>
    </th>
  );
  const selectable = Boolean(onSelect && selected);
  return (
    <>
      <div class="actions">
        <button
          type="button"
          class="btn"
          disabled={rows.length === 0 || !complete}
          onClick={() =>
            void exportXlsx(
              exportName,
              caption,
              EXPORT_COLUMNS,
              rows.map((r, i) => ({ ...r, no: i + 1 })),
            )
          }
        >
          Xuất Excel (.xlsx)
        </button>
        <span class="meta" role="status">
          {complete ? `${rows.length} đề nghị` : `Đang tải… đã có ${rows.length} đề nghị`}
        </span>
      </div>
      {rows.length === 0 ? (
        <p>Không có đề nghị nào.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                {selectable ? (
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label="Chọn tất cả"
                      checked={rows.every((r) => selected?.has(r.id))}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        for (const r of rows) onSelect?.(r.id, on);
                      }}
                    />
                  </th>
                ) : null}
                {header('name', 'Cá nhân / tập thể')}
                {header('award', 'Hình thức')}
                <th scope="col">Năm</th>
                {header('state', 'Trạng thái')}
                {header('updated', 'Cập nhật')}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  {selectable ? (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Chọn ${r.nominee.name}`}
                        checked={selected?.has(r.id)}
                        onChange={(e) => onSelect?.(r.id, e.currentTarget.checked)}
                      />
                    </td>
                  ) : null}
                  <td>
                    <Link href={r.state === 'draft' ? `/de-nghi/${r.id}/sua` : `/de-nghi/${r.id}`}>
                      {r.nominee.name}
                    </Link>
                    {r.nominee.position ? <div class="meta">{r.nominee.position}</div> : null}
                  </td>
                  <td>{awardName(r.awardCode)}</td>
                  <td>{r.year}</td>
                  <td>
                    <StateBadge state={r.state} />
                  </td>
                  <td>{formatDateTime(r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
