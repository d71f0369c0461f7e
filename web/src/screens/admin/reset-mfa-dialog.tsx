import { useState } from 'preact/hooks';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import { ApiError, api } from '../../api/client';
import { useAction } from '../../lib/use-action';
import { ApiErrorNotice } from '../../ui/api-error';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/inputs';

/**
 * A user lost or changed their phone: their authenticator app is turned off and their sessions
 * end; at the next sign-in they enrol a new app. The reason is kept in the user's change log.
 */
export function ResetMfaDialog<U extends { readonly id: string; readonly name: string }>({
  user,
  onClose,
  onSaved,
}: {
  user: U;
  onClose: () => void;
  onSaved: (u: U) => void;
}) {
  const [reason, setReason] = useState<string | undefined>();
  const { run, error, busy } = useAction();
  const confirm = () =>
    run(
      (idempotencyKey) =>
        api.post<U>(`/users/${user.id}/reset-mfa`, { body: { reason: reason ?? '' }, idempotencyKey }),
      onSaved,
    );
  const issue =
    error instanceof ApiError ? error.issues.find((i) => i.path === 'body.reason')?.message : undefined;
  return (
    <Dialog open title={`Đặt lại ứng dụng xác thực: ${user.name}`} onClose={onClose}>
      <ApiErrorNotice error={issue ? undefined : error} />
      <p>
        Dùng khi người dùng mất hoặc đổi điện thoại. Mọi phiên đăng nhập của họ kết thúc ngay; lần đăng nhập
        sau, họ quét mã QR để đăng ký ứng dụng xác thực mới.
      </p>
      <TextField
        name={`reset-mfa-${user.id}`}
        label="Lý do"
        hint="Ví dụ: người dùng báo mất điện thoại ngày 02/12/2026. Được ghi vào nhật ký."
        required
        error={issue}
        value={reason}
        onChange={setReason}
        maxLength={LIMITS.reason}
      />
      <div class="actions">
        <button type="button" class="btn btn-danger" disabled={busy} onClick={() => void confirm()}>
          Xác nhận đặt lại
        </button>
        <button type="button" class="btn" onClick={onClose}>
          Quay lại
        </button>
      </div>
    </Dialog>
  );
}
