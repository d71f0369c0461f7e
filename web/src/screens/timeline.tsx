import { DOSSIER_KIND_LABELS, type DossierKind } from '../../../shared/domain/dossier-kinds';
import { api } from '../api/client';
import type { AuditVerification, TimelineEntry } from '../api/types';
import { formatDateTime } from '../lib/format';
import { actionLabel, actorLabel, stateLabel } from '../lib/labels';
import { useLoad } from '../lib/use-load';

interface ReturnedItem {
  readonly kind: DossierKind;
  readonly reason: string;
}

function returnedItems(entry: TimelineEntry): readonly ReturnedItem[] {
  const items = entry.data?.items;
  return Array.isArray(items) ? (items as ReturnedItem[]) : [];
}

/** Whether the hash chain of the nomination's audit events verifies, as the API checks it. */
export function AuditStatus({ nominationId, refreshKey }: { nominationId: string; refreshKey: unknown }) {
  const check = useLoad(
    (signal) => api.get<AuditVerification>(`/nominations/${nominationId}/audit/verify`, { signal }),
    [nominationId, refreshKey],
  );
  if (check.loading && !check.data) return <p class="meta">Đang kiểm tra tính toàn vẹn của nhật ký…</p>;
  if (!check.data) return <p class="meta">Không kiểm tra được tính toàn vẹn của nhật ký.</p>;
  const valid = check.data.valid;
  return (
    <p class={`notice ${valid ? 'notice-ok' : 'notice-error'}`} role="status">
      <strong>{valid ? '✓ Nhật ký toàn vẹn' : '✗ Nhật ký đã bị thay đổi'}</strong>: {check.data.message}
    </p>
  );
}

/** Who did what, when and why, oldest first; a return lists the documents asked for and why. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <ol class="timeline">
      {entries.map((entry) => (
        <li key={entry.seq}>
          <strong>{actionLabel(entry.action)}</strong> — {stateLabel(entry.to)}
          <br />
          <span class="meta">
            {formatDateTime(entry.at)} · {actorLabel(entry.actor)}
          </span>
          {entry.reason ? <p>Lý do: {entry.reason}</p> : null}
          {returnedItems(entry).length > 0 ? (
            <ul>
              {returnedItems(entry).map((item) => (
                <li key={`${item.kind}-${item.reason}`}>
                  {DOSSIER_KIND_LABELS[item.kind] ?? item.kind}: {item.reason}
                </li>
              ))}
            </ul>
          ) : null}
          {typeof entry.data?.note === 'string' ? <p>Ghi chú: {entry.data.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
