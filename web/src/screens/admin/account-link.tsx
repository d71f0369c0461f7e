import { useState } from 'preact/hooks';
import { ApiError, api } from '../../api/client';
import { loadAll } from '../../api/load-all';
import type { UserView } from '../../api/types';
import { compareViNames } from '../../lib/format';
import { useLoad } from '../../lib/use-load';
import { ApiErrorNotice } from '../../ui/api-error';
import { SelectField } from '../../ui/inputs';

type AccountRow = UserView;

/**
 * The account a staff member signs in with, chosen among the users of their organisation (one
 * account, one person; the API refuses a second link). Saved on its own, at the version read.
 */
export function AccountLinkSection({
  person,
  onSaved,
}: {
  person: {
    readonly id: string;
    readonly fullName: string;
    readonly organisationId: string;
    readonly userId?: string;
    readonly version: number;
  };
  onSaved: (message: string) => void;
}) {
  const accounts = useLoad((signal) => loadAll<AccountRow>('/users', signal), []);
  const [chosen, setChosen] = useState<string | undefined>(person.userId);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const options = (accounts.data ?? [])
    .filter((u) => u.orgId === person.organisationId)
    .sort((a, b) => compareViNames(a.name, b.name))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.put(`/persons/${encodeURIComponent(person.id)}/account`, {
        body: { userId: chosen ?? null },
        version: person.version,
      });
      onSaved(
        chosen
          ? `Đã gắn tài khoản đăng nhập cho ${person.fullName}.`
          : `Đã bỏ gắn tài khoản đăng nhập của ${person.fullName}.`,
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const issue =
    error instanceof ApiError ? error.issues.find((i) => i.path === 'body.userId')?.message : undefined;
  return (
    <fieldset>
      <legend>Tài khoản đăng nhập</legend>
      <ApiErrorNotice error={accounts.error ?? (issue ? undefined : error)} />
      <SelectField
        name={`account-${person.id}`}
        label="Tài khoản của cán bộ này"
        hint="Gắn để hệ thống biết người dùng là ai trong danh sách cán bộ (ví dụ: thành viên Hội đồng không biểu quyết đề nghị của chính mình)."
        error={issue}
        value={chosen}
        empty="— Không gắn —"
        onChange={setChosen}
        options={options}
      />
      <div class="actions">
        <button
          type="button"
          class="btn"
          disabled={busy || !accounts.data || chosen === person.userId}
          onClick={() => void save()}
        >
          {busy ? 'Đang cập nhật…' : 'Cập nhật tài khoản'}
        </button>
      </div>
    </fieldset>
  );
}
