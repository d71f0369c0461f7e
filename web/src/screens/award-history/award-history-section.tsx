import { useState } from 'preact/hooks';
import { RULES_FROM } from '../../../../shared/domain/rules/record-basis';
import { type Role, TRACK_LABELS, type Track } from '../../../../shared/domain/vocabulary';
import type { AwardEntryView } from '../../api/types';
import { exportXlsx } from '../../lib/export-xlsx';
import { formatDate } from '../../lib/format';
import { awardName } from '../../lib/labels';
import { hasRole, useMe } from '../../lib/me';
import { AwardEntryForm, type HolderPath } from './award-entry-form';

/** Who keeps award histories (the API checks the same, and the organisation for the secretariat). */
const KEEPERS: readonly Role[] = ['admin', 'council_secretary', 'province_officer'];

const decisionText = (a: AwardEntryView) =>
  `${a.decisionNumber ?? ''}${a.decidedAt ? ` ngày ${formatDate(a.decidedAt)}` : ''}${a.issuer ? ` — ${a.issuer}` : ''}`;

/**
 * A person's or a collective's award history: the table (newest first), its Excel export, and for
 * those who keep histories the entry form and a correction form per entry entered by hand.
 */
export function AwardHistorySection({
  holder,
  holderName,
  fileName,
  awards,
  onChanged,
}: {
  holder: HolderPath;
  holderName: string;
  fileName: string;
  awards: readonly AwardEntryView[];
  onChanged: () => void;
}) {
  const me = useMe();
  const [editing, setEditing] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const mayKeep = KEEPERS.some((r) => hasRole(me, r));
  const rows = [...awards].sort((a, b) => b.year - a.year);
  const finished = (message: string) => {
    setEditing(undefined);
    setDone(message);
    onChanged();
  };
  const entry = rows.find((r) => r.ref === editing);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Quá trình khen thưởng</h2>
      {done ? (
        <p class="notice notice-ok" role="status">
          {done}
        </p>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="btn"
          disabled={rows.length === 0}
          onClick={() =>
            void exportXlsx(
              fileName,
              'Quá trình khen thưởng',
              [
                { header: 'Năm', width: 8, value: (r: AwardEntryView) => r.year },
                { header: 'Hình thức', width: 34, value: (r) => awardName(r.awardCode) },
                { header: 'Loại hình', width: 26, value: (r) => TRACK_LABELS[r.track as Track] ?? r.track },
                { header: 'Số quyết định', width: 18, value: (r) => r.decisionNumber },
                {
                  header: 'Ngày quyết định',
                  width: 14,
                  value: (r) => (r.decidedAt ? formatDate(r.decidedAt) : ''),
                },
                { header: 'Cấp ra quyết định', width: 30, value: (r) => r.issuer },
              ],
              rows,
            )
          }
        >
          Xuất Excel (.xlsx)
        </button>
      </div>
      {rows.length === 0 ? (
        <p>Chưa có khen thưởng nào được ghi nhận.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>Khen thưởng của {holderName}</caption>
            <thead>
              <tr>
                <th scope="col">Năm</th>
                <th scope="col">Hình thức</th>
                <th scope="col">Loại hình</th>
                <th scope="col">Quyết định</th>
                {mayKeep ? <th scope="col">Thao tác</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.ref}>
                  <td>{a.year}</td>
                  <td>
                    {awardName(a.awardCode)}
                    {a.revokedBy ? ` (đã hủy bỏ theo ${a.revokedBy.number})` : ''}
                  </td>
                  <td>{TRACK_LABELS[a.track as Track] ?? a.track}</td>
                  <td>
                    {decisionText(a)}
                    {a.decidedAt && a.decidedAt.slice(0, 10) < RULES_FROM ? (
                      <span class="meta">
                        {' '}
                        · Hồ sơ lưu trữ (trước 01/01/2024): vẫn tính vào quá trình khen thưởng, không xét lại
                        theo Luật TĐKT 2022
                      </span>
                    ) : null}
                  </td>
                  {mayKeep ? (
                    <td>
                      {a.correctable ? (
                        <button
                          type="button"
                          class="btn btn-link"
                          aria-label={`Sửa ${awardName(a.awardCode)} năm ${a.year}`}
                          onClick={() => {
                            setDone(undefined);
                            setEditing(a.ref);
                          }}
                        >
                          Sửa
                        </button>
                      ) : (
                        <span class="meta">Theo quyết định trong hệ thống</span>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayKeep && entry ? (
        <AwardEntryForm
          key={`${entry.ref}-${entry.version}`}
          holder={holder}
          editing={entry}
          onDone={finished}
          onCancel={() => setEditing(undefined)}
        />
      ) : null}
      {mayKeep && !entry ? <AwardEntryForm holder={holder} onDone={finished} /> : null}
    </section>
  );
}
