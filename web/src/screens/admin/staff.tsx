import { useState } from 'preact/hooks';
import { NewPersonSchema, PersonChangesSchema } from '../../../../shared/app/directory/person-inputs';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import { ApiError, api } from '../../api/client';
import { loadAll } from '../../api/load-all';
import type { PersonRecord, PersonView } from '../../api/types';
import { type IssueMap, validate } from '../../lib/form-issues';
import { formatDate } from '../../lib/format';
import { Link, setQueryParam, useQueryParam } from '../../lib/router';
import { useAction } from '../../lib/use-action';
import { useDraftForm } from '../../lib/use-draft-form';
import { useLoad } from '../../lib/use-load';
import { ApiErrorNotice } from '../../ui/api-error';
import { Dialog } from '../../ui/dialog';
import { Field, fieldId } from '../../ui/field';
import { DateField, DateInput, dateMessage, SelectField, TextField } from '../../ui/inputs';
import { Notice } from '../../ui/notice';
import { AccountLinkSection } from './account-link';
import { type Directory, useDirectory } from './directory-data';

type PersonRow = PersonView;

type Values = {
  fullName?: string;
  position?: string;
  gender?: 'female' | 'male';
  holdsLeadershipPost?: boolean;
  startedOn?: string;
  email?: string;
  unitId?: string;
  leftOn?: string;
};

const beside = (error: unknown) => error instanceof ApiError && error.issues.length > 0;
const GENDERS = [
  { value: 'female' as const, label: 'Nữ' },
  { value: 'male' as const, label: 'Nam' },
];

/** The fields of a person, shared by "add" and "edit"; `units` lets the admin move them. */
function PersonFields({
  prefix,
  values,
  set,
  issues,
  units,
}: {
  prefix: string;
  values: Values;
  set: (patch: Values) => void;
  issues: IssueMap;
  units?: readonly { value: string; label: string }[];
}) {
  return (
    <div class="grid-2">
      <TextField
        name={`${prefix}-fullName`}
        label="Họ và tên"
        error={issues.fullName}
        required
        value={values.fullName}
        onChange={(fullName) => set({ fullName })}
        maxLength={LIMITS.personName}
      />
      <TextField
        name={`${prefix}-position`}
        label="Chức vụ"
        hint="Ghi “Chuyên viên” nếu không giữ chức vụ."
        error={issues.position}
        value={values.position}
        onChange={(position) => set({ position })}
        maxLength={LIMITS.position}
      />
      <SelectField
        name={`${prefix}-gender`}
        label="Giới tính"
        error={issues.gender}
        value={values.gender}
        empty="— Chưa khai —"
        onChange={(gender) => set({ gender })}
        options={GENDERS}
      />
      <Field name={`${prefix}-startedOn`} label="Ngày bắt đầu công tác" error={dateMessage(issues.startedOn)}>
        {(c) => (
          <DateInput control={c} value={values.startedOn} onChange={(startedOn) => set({ startedOn })} />
        )}
      </Field>
      <Field name={`${prefix}-email`} label="Email" error={issues.email}>
        {(c) => (
          <input
            {...c}
            type="email"
            value={values.email ?? ''}
            maxLength={LIMITS.email}
            onInput={(e) => set({ email: e.currentTarget.value || undefined })}
          />
        )}
      </Field>
      {units ? (
        <SelectField
          name={`${prefix}-unitId`}
          label="Phòng, ban (chuyển đơn vị)"
          error={issues.unitId}
          value={values.unitId}
          onChange={(unitId) => set({ unitId })}
          options={units}
        />
      ) : null}
      <div class="check">
        <input
          type="checkbox"
          id={`${prefix}-leader`}
          checked={values.holdsLeadershipPost === true}
          onChange={(e) => set({ holdsLeadershipPost: e.currentTarget.checked })}
        />
        <label for={`${prefix}-leader`}>Giữ chức vụ lãnh đạo, quản lý</label>
      </div>
      {units ? (
        <DateField
          name={`${prefix}-leftOn`}
          label="Ngày thôi công tác"
          hint="Nghỉ hưu, chuyển công tác khỏi cơ quan. Hồ sơ và quá trình khen thưởng được giữ lại."
          error={issues.leftOn}
          value={values.leftOn}
          onChange={(leftOn) => set({ leftOn })}
        />
      ) : null}
    </div>
  );
}

const defined = (values: Values) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));

function NewPersonForm({ unitId, onCreated }: { unitId: string; onCreated: (name: string) => void }) {
  const form = useDraftForm<Values>({});
  const { values, set, issues, error, busy } = form;
  const submit = async (e: Event) => {
    e.preventDefault();
    await form.send(
      NewPersonSchema,
      defined(values),
      (valid, idempotencyKey) =>
        api.post(`/units/${encodeURIComponent(unitId)}/persons`, { body: valid, idempotencyKey }),
      (_, valid) => {
        form.replace({});
        onCreated(valid.fullName);
      },
      (invalid) => document.getElementById(fieldId(`new-person-${Object.keys(invalid)[0] ?? ''}`))?.focus(),
    );
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label="Thêm cán bộ">
      <h2>Thêm cán bộ</h2>
      {beside(error) ? null : <ApiErrorNotice error={error} />}
      <PersonFields prefix="new-person" values={values} set={set} issues={issues} />
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Thêm cán bộ'}
        </button>
      </div>
    </form>
  );
}

/** Edits a person at the version read; the admin may move them to another unit or record leaving. */
function EditPersonDialog({
  id,
  directory,
  organisationId,
  onClose,
  onSaved,
}: {
  id: string;
  directory: Directory;
  organisationId: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const record = useLoad((signal) => api.get<{ person: PersonRecord }>(`/persons/${id}`, { signal }), [id]);
  const [values, setValues] = useState<Values | undefined>();
  const { run, issues, setIssues, error, setError, busy } = useAction();
  const person = record.data?.person;
  const current: Values | undefined = person
    ? {
        fullName: person.fullName,
        position: person.position,
        gender: person.gender,
        holdsLeadershipPost: person.holdsLeadershipPost,
        startedOn: person.startedOn,
        email: person.email,
        unitId: person.unitId,
        leftOn: person.leftOn,
      }
    : undefined;
  const shown = values ?? current;
  const save = async () => {
    if (!person || !shown || !current) return;
    const changes = Object.fromEntries(
      Object.entries(defined(shown)).filter(([k, v]) => current[k as keyof Values] !== v),
    );
    if (Object.keys(changes).length === 0) return setError(new Error('Chưa có thay đổi nào để lưu.'));
    const check = validate(PersonChangesSchema, changes);
    if (!check.ok) return setIssues(check.issues);
    await run(
      () => api.patch(`/persons/${id}`, { body: check.value, version: person.version }),
      () => onSaved(`Đã lưu thông tin của ${shown.fullName ?? person.fullName}.`),
    );
  };
  const units = directory.units
    .filter((u) => u.organisationId === organisationId)
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <Dialog open title={`Sửa thông tin: ${person?.fullName ?? ''}`} onClose={onClose}>
      {/* A refusal about a field is said beside it, not twice. */}
      <ApiErrorNotice error={record.error ?? (beside(error) ? undefined : error)} onReload={record.reload} />
      {shown ? (
        <PersonFields
          prefix={`edit-${id}`}
          values={shown}
          set={(patch) => setValues({ ...shown, ...patch })}
          issues={issues}
          units={units}
        />
      ) : (
        <p>Đang tải…</p>
      )}
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={busy || !shown} onClick={() => void save()}>
          {busy ? 'Đang lưu…' : 'Lưu'}
        </button>
        <button type="button" class="btn" onClick={onClose}>
          Quay lại
        </button>
      </div>
      {person ? <AccountLinkSection key={person.version} person={person} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

/** Staff of each unit (cán bộ): added, corrected, moved between units, leaving. Admins only. */
export function StaffScreen() {
  const directory = useDirectory();
  const organisations = (directory.data?.organisations ?? []).filter((o) => o.level !== 'province');
  const orgId = useQueryParam('co-quan') || organisations[0]?.id || '';
  const units = (directory.data?.units ?? []).filter((u) => u.organisationId === orgId);
  const unitId = useQueryParam('don-vi') || units[0]?.id || '';
  const people = useLoad(
    (signal) =>
      unitId
        ? loadAll<PersonRow>(`/units/${encodeURIComponent(unitId)}/persons`, signal)
        : Promise.resolve([]),
    [unitId],
  );
  const [flash, setFlash] = useState<string | undefined>();
  const [editing, setEditing] = useState<string | undefined>();
  const saved = (message: string) => {
    setEditing(undefined);
    setFlash(message || undefined);
    people.reload();
  };
  return (
    <>
      <h1>Cán bộ các đơn vị</h1>
      <p>
        <Link href="/nhap-can-bo">Nhập danh sách cán bộ từ Excel</Link>
      </p>
      <ApiErrorNotice error={directory.error} />
      {flash ? <Notice tone="ok">{flash}</Notice> : null}
      {directory.data ? (
        <div class="grid-2">
          <SelectField
            name="staff-org"
            label="Cơ quan"
            value={orgId || undefined}
            onChange={(v) => {
              setFlash(undefined);
              setQueryParam('co-quan', v ?? '');
              setQueryParam('don-vi', '');
            }}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <SelectField
            name="staff-unit"
            label="Phòng, ban, đơn vị"
            value={unitId || undefined}
            onChange={(v) => {
              setFlash(undefined);
              setQueryParam('don-vi', v ?? '');
            }}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
          />
        </div>
      ) : null}
      {unitId ? (
        <p>
          <Link href={`/tap-the/${unitId}`}>Hồ sơ và quá trình khen thưởng của tập thể đơn vị</Link>
        </p>
      ) : null}
      <ApiErrorNotice error={people.error} />
      {people.data ? (
        people.data.length === 0 ? (
          <p>Đơn vị chưa có cán bộ nào trong danh sách.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption>Cán bộ ({people.data.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Họ và tên</th>
                  <th scope="col">Chức vụ</th>
                  <th scope="col">Tình trạng</th>
                  <th scope="col">Thao tác</th>
                </tr>
              </thead>
              <tbody>
                {people.data.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link href={`/ca-nhan/${p.id}`}>{p.fullName}</Link>
                    </th>
                    <td>{p.position ?? ''}</td>
                    <td>{p.leftOn ? `Đã thôi công tác từ ${formatDate(p.leftOn)}` : 'Đang công tác'}</td>
                    <td>
                      <button
                        type="button"
                        class="btn"
                        aria-label={`Sửa thông tin ${p.fullName}`}
                        onClick={() => setEditing(p.id)}
                      >
                        Sửa
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      {unitId ? (
        <NewPersonForm key={unitId} unitId={unitId} onCreated={(name) => saved(`Đã thêm cán bộ ${name}.`)} />
      ) : null}
      {editing && directory.data ? (
        <EditPersonDialog
          id={editing}
          directory={directory.data}
          organisationId={orgId}
          onClose={() => setEditing(undefined)}
          onSaved={saved}
        />
      ) : null}
    </>
  );
}
