import { useState } from 'preact/hooks';
import type { liftSuppression } from '../../../shared/http/routes/reports';
import { api } from '../api/client';
import type { AnswerOf, SuppressedAddressView, UnitView } from '../api/types';
import { formatDateTime } from '../lib/format';
import { useMe } from '../lib/me';
import { useAction } from '../lib/use-action';
import { useList } from '../lib/use-list';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { Dialog } from '../ui/dialog';
import { Notice } from '../ui/notice';
import { ReasonField } from '../ui/reason-field';

const REASONS = { bounce: 'Thư bị trả lại', complaint: 'Người nhận báo thư rác' } as const;

/** Where the directory holds the address, in words: the organisation, a unit by name, the council. */
function usedByWords(usedBy: readonly string[], units: ReadonlyMap<string, string>): string {
  return usedBy
    .map((where) =>
      where === 'organisation'
        ? 'Địa chỉ nhận thư của cơ quan'
        : where === 'council'
          ? 'Thành viên Hội đồng'
          : where.startsWith('unit:')
            ? `Phòng, ban: ${units.get(where.slice(5)) ?? where.slice(5)}`
            : where,
    )
    .join('; ');
}

function LiftDialog({
  item,
  onClose,
  onLifted,
}: {
  item: SuppressedAddressView;
  onClose: () => void;
  onLifted: (message: string) => void;
}) {
  const [reason, setReason] = useState('');
  const { run, busy, error, issues } = useAction();
  const lift = () =>
    run(
      (idempotencyKey) =>
        api.post<AnswerOf<typeof liftSuppression>>('/reports/suppressed-addresses/lift', {
          body: { address: item.address, reason },
          idempotencyKey,
        }),
      (answer) => onLifted(`Đã gửi thư lại cho ${answer.address} từ ${formatDateTime(answer.liftedAt)}.`),
    );
  return (
    <Dialog open title={`Gửi thư lại cho ${item.address}`} onClose={onClose}>
      <ApiErrorNotice error={issues.reason ? undefined : error} />
      <p>
        Hệ thống ngừng gửi thư cho địa chỉ này vì: {REASONS[item.reason]}
        {item.detail ? ` (${item.detail})` : ''}. Chỉ gửi lại khi đã chắc hộp thư hoạt động và người nhận đồng
        ý nhận thư; việc này được ghi nhật ký.
      </p>
      <ReasonField
        name="lift-reason"
        label="Lý do gửi lại"
        value={reason}
        onChange={setReason}
        error={issues.reason}
      />
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void lift()}>
          {busy ? 'Đang lưu…' : 'Xác nhận gửi thư lại'}
        </button>
        <button type="button" class="btn" onClick={onClose}>
          Quay lại
        </button>
      </div>
    </Dialog>
  );
}

/**
 * The addresses of the organisation's directory that the system stopped mailing (a permanent
 * bounce or a complaint), when and why, and where the directory holds them; the secretariat
 * mails one again, with a reason, once it is fixed.
 */
export function SuppressedAddressesScreen() {
  const me = useMe();
  const list = useLoad(
    (signal) => api.get<{ items: SuppressedAddressView[] }>('/reports/suppressed-addresses', { signal }),
    [],
  );
  const units = useList<UnitView>(
    me.orgId ? `/organisations/${encodeURIComponent(me.orgId)}/units` : undefined,
    {},
    [me.orgId],
  );
  const unitNames = new Map((units.data?.items ?? []).map((u) => [u.id, u.name]));
  const [lifting, setLifting] = useState<SuppressedAddressView | undefined>();
  const [done, setDone] = useState<string | undefined>();
  return (
    <>
      <h1>Địa chỉ thư bị ngừng gửi</h1>
      <p>
        Địa chỉ trong danh bạ của cơ quan mà thư gửi đến bị trả lại hẳn hoặc bị báo là thư rác: hệ thống không
        gửi tiếp để giữ uy tín của hộp thư gửi. Sửa địa chỉ trong danh bạ, hoặc gửi lại khi hộp thư đã hoạt
        động.
      </p>
      {done ? <Notice tone="ok">{done}</Notice> : null}
      <ApiErrorNotice error={list.error} onReload={list.reload} />
      {list.data ? (
        list.data.items.length === 0 ? (
          <p>Không có địa chỉ nào bị ngừng gửi.</p>
        ) : (
          <table>
            <caption>Địa chỉ bị ngừng gửi ({list.data.items.length})</caption>
            <thead>
              <tr>
                <th scope="col">Địa chỉ</th>
                <th scope="col">Lý do</th>
                <th scope="col">Thời điểm</th>
                <th scope="col">Dùng ở</th>
                <th scope="col">
                  <span class="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <tr key={item.address}>
                  <th scope="row">{item.address}</th>
                  <td>
                    {REASONS[item.reason]}
                    {item.detail ? <div class="meta">{item.detail}</div> : null}
                  </td>
                  <td>{formatDateTime(item.at)}</td>
                  <td>{usedByWords(item.usedBy, unitNames)}</td>
                  <td>
                    <button type="button" class="btn" onClick={() => setLifting(item)}>
                      Gửi thư lại…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : (
        <p>Đang tải…</p>
      )}
      {lifting ? (
        <LiftDialog
          item={lifting}
          onClose={() => setLifting(undefined)}
          onLifted={(message) => {
            setLifting(undefined);
            setDone(message);
            list.reload();
          }}
        />
      ) : null}
    </>
  );
}
