import { useState } from 'preact/hooks';
import { NewUserSchema, UserRolesSchema } from '../../../../shared/app/users/inputs';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import { ROLES, type Role } from '../../../../shared/domain/vocabulary';
import { ApiError, api } from '../../api/client';
import { loadAll } from '../../api/load-all';
import type { UserView } from '../../api/types';
import { type IssueMap, toIssueMap } from '../../lib/form-issues';
import { sortByViName } from '../../lib/format';
import { roleLabel } from '../../lib/labels';
import { useMe } from '../../lib/me';
import { useAction } from '../../lib/use-action';
import { useDraftForm } from '../../lib/use-draft-form';
import { useLoad } from '../../lib/use-load';
import { ApiErrorNotice } from '../../ui/api-error';
import { Dialog } from '../../ui/dialog';
import { Field, fieldId } from '../../ui/field';
import { Select, TextInput } from '../../ui/inputs';
import { Notice } from '../../ui/notice';
import { type Directory, useDirectory } from './directory-data';
import { ResetMfaDialog } from './reset-mfa-dialog';

/** Errors the API reports on a field go next to it; a taken email is the email field's error. */
function issuesOf(error: ApiError): IssueMap {
  if (error.code === 'USER_ALREADY_EXISTS') return { email: error.message };
  return toIssueMap(error.issues);
}

/** Whether an error is already shown beside the fields (so no banner repeats it). */
const shownBeside = (error: unknown) =>
  error instanceof ApiError && (error.code === 'USER_ALREADY_EXISTS' || error.issues.length > 0);

function RoleChecks({
  name,
  roles,
  onChange,
  error,
}: {
  name: string;
  roles: readonly Role[];
  onChange: (roles: Role[]) => void;
  error: string | undefined;
}) {
  const id = fieldId(name);
  return (
    <fieldset id={id} tabIndex={-1} {...(error ? { 'aria-describedby': `${id}-error` } : {})}>
      <legend>Vai trò</legend>
      {error ? (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      {ROLES.map((role) => (
        <div class="check" key={role}>
          <input
            type="checkbox"
            id={`${id}-${role}`}
            checked={roles.includes(role)}
            onChange={(e) =>
              onChange(e.currentTarget.checked ? [...roles, role] : roles.filter((r) => r !== role))
            }
          />
          <label for={`${id}-${role}`}>{roleLabel(role)}</label>
        </div>
      ))}
    </fieldset>
  );
}

function NewUserForm({ directory, onCreated }: { directory: Directory; onCreated: (u: UserView) => void }) {
  const form = useDraftForm<{
    email?: string;
    name?: string;
    roles: Role[];
    organisationId?: string;
    unitId?: string;
    password?: string;
  }>({ roles: [] }, { issuesOf });
  const { values, set, issues, error, busy } = form;
  const units = directory.units.filter((u) => u.organisationId === values.organisationId);
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      ...(values.email ? { email: values.email } : {}),
      ...(values.name ? { name: values.name } : {}),
      roles: values.roles,
      ...(values.organisationId ? { organisationId: values.organisationId } : {}),
      ...(values.unitId ? { unitId: values.unitId } : {}),
      ...(values.password ? { password: { value: values.password, permanent: false } } : {}),
    };
    await form.send(
      NewUserSchema,
      body,
      (_, idempotencyKey) => api.post<UserView>('/users', { body, idempotencyKey }),
      (user) => {
        form.replace({ roles: [] });
        onCreated(user);
      },
      (invalid) => document.getElementById(fieldId(Object.keys(invalid)[0] ?? ''))?.focus(),
    );
  };
  const passwordIssue = issues['password.value'] ?? issues.password;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="new-user-title">
      <h2 id="new-user-title">Thêm người dùng</h2>
      {shownBeside(error) ? null : <ApiErrorNotice error={error} />}
      <div class="grid-2">
        <Field name="name" label="Họ và tên" error={issues.name} required>
          {(c) => (
            <TextInput
              control={c}
              value={values.name}
              onChange={(v) => set({ name: v })}
              maxLength={LIMITS.personName}
            />
          )}
        </Field>
        <Field name="email" label="Email đăng nhập" error={issues.email} required>
          {(c) => (
            <input
              {...c}
              type="email"
              autocomplete="off"
              value={values.email ?? ''}
              onInput={(e) => set({ email: e.currentTarget.value || undefined })}
            />
          )}
        </Field>
        <Field name="organisationId" label="Cơ quan" error={issues.organisationId}>
          {(c) => (
            <Select
              control={c}
              value={values.organisationId}
              empty="(không thuộc cơ quan nào)"
              onChange={(v) => {
                const { unitId: _, organisationId: __, ...rest } = values;
                form.replace({ ...rest, ...(v ? { organisationId: v } : {}) });
              }}
              options={directory.organisations.map((o) => ({ value: o.id, label: o.name }))}
            />
          )}
        </Field>
        <Field
          name="unitId"
          label="Phòng, ban, đơn vị"
          hint="Bắt buộc với cán bộ thi đua của đơn vị"
          error={issues.unitId}
        >
          {(c) => (
            <Select
              control={c}
              value={values.unitId}
              empty={values.organisationId ? '(không thuộc phòng, ban nào)' : '(chọn cơ quan trước)'}
              onChange={(v) => set({ unitId: v })}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
            />
          )}
        </Field>
      </div>
      <RoleChecks
        name="roles"
        roles={values.roles}
        onChange={(roles) => set({ roles })}
        error={issues.roles}
      />
      <Field
        name="password.value"
        label="Mật khẩu tạm thời"
        hint="Để trống: hệ thống gửi mật khẩu tạm qua email. Người dùng phải đổi mật khẩu ở lần đăng nhập đầu."
        error={passwordIssue}
      >
        {(c) => (
          <input
            {...c}
            type="text"
            autocomplete="off"
            value={values.password ?? ''}
            onInput={(e) => set({ password: e.currentTarget.value || undefined })}
          />
        )}
      </Field>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang tạo…' : 'Tạo người dùng'}
        </button>
      </div>
    </form>
  );
}

function RolesDialog({
  user,
  onClose,
  onSaved,
}: {
  user: UserView;
  onClose: () => void;
  onSaved: (u: UserView) => void;
}) {
  const [roles, setRoles] = useState<Role[]>([...user.roles]);
  const form = useDraftForm({}, { issuesOf });
  const { issues, error, busy } = form;
  const save = () =>
    form.send(
      UserRolesSchema,
      { roles },
      (valid) => api.put<UserView>(`/users/${user.id}/roles`, { body: valid }),
      onSaved,
    );
  return (
    <Dialog open title={`Đổi vai trò: ${user.name}`} onClose={onClose}>
      {shownBeside(error) ? null : <ApiErrorNotice error={error} />}
      <RoleChecks name="dialog-roles" roles={roles} onChange={setRoles} error={issues.roles} />
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void save()}>
          {busy ? 'Đang lưu…' : 'Lưu vai trò'}
        </button>
        <button type="button" class="btn" onClick={onClose}>
          Quay lại
        </button>
      </div>
    </Dialog>
  );
}

function EnableDialog({
  user,
  onClose,
  onSaved,
}: {
  user: UserView;
  onClose: () => void;
  onSaved: (u: UserView) => void;
}) {
  const { run, error, busy } = useAction();
  const disabling = user.enabled;
  const confirm = () =>
    run(
      (idempotencyKey) =>
        api.post<UserView>(`/users/${user.id}/${disabling ? 'disable' : 'enable'}`, { idempotencyKey }),
      onSaved,
    );
  return (
    <Dialog
      open
      title={disabling ? `Vô hiệu hóa tài khoản ${user.name}` : `Kích hoạt lại ${user.name}`}
      onClose={onClose}
    >
      <ApiErrorNotice error={error} />
      <p>
        {disabling
          ? 'Người dùng sẽ không đăng nhập được nữa. Tài khoản không bị xóa: các quyết định và nhật ký vẫn ghi tên người này; có thể kích hoạt lại bất cứ lúc nào.'
          : 'Người dùng đăng nhập lại được với vai trò hiện có.'}
      </p>
      <div class="actions">
        <button
          type="button"
          class={disabling ? 'btn btn-danger' : 'btn btn-primary'}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {disabling ? 'Xác nhận vô hiệu hóa' : 'Xác nhận kích hoạt'}
        </button>
        <button type="button" class="btn" onClick={onClose}>
          Quay lại
        </button>
      </div>
    </Dialog>
  );
}

/** Users of the province: list, create, change roles, disable or enable (never delete). Admins only. */
export function UsersScreen() {
  const me = useMe();
  const directory = useDirectory();
  const users = useLoad((signal) => loadAll<UserView>('/users', signal), []);
  const [changed, setChanged] = useState<Readonly<Record<string, UserView>>>({});
  const [added, setAdded] = useState<readonly UserView[]>([]);
  const [editing, setEditing] = useState<{ user: UserView; what: 'roles' | 'enabled' | 'mfa' } | undefined>();
  const [flash, setFlash] = useState<string | undefined>();
  const all = [
    ...(users.data ?? []),
    ...added.filter((a) => !(users.data ?? []).some((u) => u.id === a.id)),
  ].map((u) => changed[u.id] ?? u);
  const sorted = sortByViName(all, (u) => u.name);
  const place = (u: UserView) =>
    [
      directory.data?.units.find((x) => x.id === u.unitId)?.name,
      directory.data?.organisations.find((o) => o.id === u.orgId)?.name,
    ]
      .filter(Boolean)
      .join(', ');
  const saved = (user: UserView, message: string) => {
    setChanged((c) => ({ ...c, [user.id]: user }));
    setEditing(undefined);
    setFlash(message);
  };
  return (
    <>
      <h1>Người dùng</h1>
      <ApiErrorNotice error={users.error ?? directory.error} />
      {flash ? <Notice tone="ok">{flash}</Notice> : null}
      {users.loading && !users.data ? <p>Đang tải…</p> : null}
      {users.data ? (
        <div class="table-wrap">
          <table>
            <caption>Người dùng của hệ thống ({sorted.length})</caption>
            <thead>
              <tr>
                <th scope="col">Họ và tên</th>
                <th scope="col">Email</th>
                <th scope="col">Vai trò</th>
                <th scope="col">Cơ quan, đơn vị</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.name}</th>
                  <td>{u.email}</td>
                  <td>{u.roles.map(roleLabel).join('; ')}</td>
                  <td>{place(u)}</td>
                  <td>
                    <span class={`badge ${u.enabled ? 'badge-ok' : 'badge-bad'}`}>
                      {u.enabled ? 'Đang hoạt động' : 'Đã vô hiệu hóa'}
                    </span>
                  </td>
                  <td>
                    <div class="actions" style={{ margin: 0 }}>
                      <button
                        type="button"
                        class="btn"
                        aria-label={`Đổi vai trò của ${u.name}`}
                        onClick={() => setEditing({ user: u, what: 'roles' })}
                      >
                        Đổi vai trò
                      </button>
                      {u.id === me.userId ? null : (
                        <button
                          type="button"
                          class="btn"
                          aria-label={`${u.enabled ? 'Vô hiệu hóa' : 'Kích hoạt lại'} ${u.name}`}
                          onClick={() => setEditing({ user: u, what: 'enabled' })}
                        >
                          {u.enabled ? 'Vô hiệu hóa' : 'Kích hoạt lại'}
                        </button>
                      )}
                      {u.id === me.userId ? null : (
                        <button
                          type="button"
                          class="btn"
                          aria-label={`Đặt lại xác thực của ${u.name}`}
                          onClick={() => setEditing({ user: u, what: 'mfa' })}
                        >
                          Đặt lại xác thực
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {directory.data ? (
        <NewUserForm
          directory={directory.data}
          onCreated={(user) => {
            setAdded((a) => [...a, user]);
            setFlash(`Đã tạo người dùng ${user.name} (${user.email}).`);
          }}
        />
      ) : null}
      {editing?.what === 'roles' ? (
        <RolesDialog
          user={editing.user}
          onClose={() => setEditing(undefined)}
          onSaved={(u) => saved(u, `Đã đổi vai trò của ${u.name}.`)}
        />
      ) : null}
      {editing?.what === 'enabled' ? (
        <EnableDialog
          user={editing.user}
          onClose={() => setEditing(undefined)}
          onSaved={(u) => saved(u, u.enabled ? `Đã kích hoạt lại ${u.name}.` : `Đã vô hiệu hóa ${u.name}.`)}
        />
      ) : null}
      {editing?.what === 'mfa' ? (
        <ResetMfaDialog
          user={editing.user}
          onClose={() => setEditing(undefined)}
          onSaved={(u) =>
            saved(u, `Đã đặt lại ứng dụng xác thực của ${u.name}; lần đăng nhập sau họ đăng ký ứng dụng mới.`)
          }
        />
      ) : null}
    </>
  );
}
