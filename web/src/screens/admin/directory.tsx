import { useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import {
  NewOrganisationSchema,
  NewUnitSchema,
  OrganisationChangesSchema,
  UnitChangesSchema,
} from '../../../../shared/app/directory/inputs';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import { ApiError, api, request } from '../../api/client';
import type { OrganisationView, UnitView } from '../../api/types';
import { type IssueMap, toIssueMap, validate } from '../../lib/form-issues';
import { setQueryParam, useQueryParam } from '../../lib/router';
import { useDraftForm } from '../../lib/use-draft-form';
import { ApiErrorNotice } from '../../ui/api-error';
import { Field } from '../../ui/field';
import { Select, TextInput } from '../../ui/inputs';
import { Notice } from '../../ui/notice';
import { type OrganisationRecord, type UnitRecord, useDirectory } from './directory-data';

/** The contact addresses are shown when the API's schema takes them, and only then. */
const takesContacts = (schema: z.ZodMiniObject) => 'contactEmails' in schema.shape;

const splitEmails = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** `contactEmails.1` → "Địa chỉ thứ 2: …"; all of them go under the one text box. */
function contactIssue(issues: IssueMap): string | undefined {
  const messages = Object.entries(issues)
    .filter(([path]) => path === 'contactEmails' || path.startsWith('contactEmails.'))
    .map(([path, message]) => {
      const index = Number(path.split('.')[1]);
      return Number.isInteger(index) ? `Địa chỉ thứ ${index + 1}: ${message}` : message;
    });
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/**
 * One organisation's or unit's editable facts: name (and code), contact addresses when the API
 * takes them. Sent with If-Match; on a failure what was typed stays in the form.
 */
function RecordForm({
  kind,
  record,
  schema,
  onSaved,
}: {
  kind: 'organisation' | 'unit';
  record: OrganisationRecord | UnitRecord;
  schema: typeof OrganisationChangesSchema | typeof UnitChangesSchema;
  onSaved: (message: string) => void;
}) {
  const prefix = `${kind}-${record.id}`;
  const [name, setName] = useState(record.name);
  const [code, setCode] = useState('code' in record ? record.code : '');
  const [emails, setEmails] = useState((record.contactEmails ?? []).join('\n'));
  const [issues, setIssues] = useState<IssueMap>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const contacts = takesContacts(schema);
  const submit = async (e: Event) => {
    e.preventDefault();
    const changes: Record<string, unknown> = {};
    if (name !== record.name) changes.name = name;
    if (kind === 'organisation' && 'code' in record && code !== record.code) changes.code = code;
    const list = splitEmails(emails);
    if (contacts && list.join('\n') !== (record.contactEmails ?? []).join('\n')) changes.contactEmails = list;
    if (Object.keys(changes).length === 0) {
      setIssues({});
      setError(new Error('Chưa có thay đổi nào để lưu.'));
      return;
    }
    const check = validate(schema, changes);
    if (!check.ok) return setIssues(check.issues);
    setBusy(true);
    setError(undefined);
    try {
      const path = kind === 'organisation' ? `/organisations/${record.id}` : `/units/${record.id}`;
      await request('PATCH', path, {
        body: check.value,
        ...(record.version === undefined ? {} : { version: record.version }),
      });
      setIssues({});
      onSaved(`Đã lưu thông tin ${kind === 'organisation' ? 'cơ quan' : 'đơn vị'} “${name}”.`);
    } catch (err) {
      if (err instanceof ApiError) setIssues(toIssueMap(err.issues));
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const label = kind === 'organisation' ? 'Tên cơ quan' : 'Tên phòng, ban, đơn vị';
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={`Sửa ${record.name}`}>
      <ApiErrorNotice error={error} onReload={() => onSaved('')} />
      <div class="grid-2">
        <Field name={`${prefix}.name`} label={label} error={issues.name} required>
          {(c) => (
            <TextInput
              control={c}
              value={name}
              onChange={(v) => setName(v ?? '')}
              maxLength={LIMITS.unitName}
            />
          )}
        </Field>
        {kind === 'organisation' ? (
          <Field
            name={`${prefix}.code`}
            label="Mã cơ quan (trong số văn bản)"
            hint="Ví dụ: SNV trong 12/QĐ-SNV"
            error={issues.code}
            required
          >
            {(c) => <TextInput control={c} value={code} onChange={(v) => setCode(v ?? '')} maxLength={20} />}
          </Field>
        ) : null}
      </div>
      {contacts ? (
        <Field
          name={`${prefix}.contactEmails`}
          label="Email nhận thông báo"
          hint="Mỗi dòng một địa chỉ; để trống nếu không gửi thông báo"
          error={contactIssue(issues)}
        >
          {(c) => (
            <textarea {...c} rows={2} value={emails} onInput={(e) => setEmails(e.currentTarget.value)} />
          )}
        </Field>
      ) : null}
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang lưu…' : `Lưu ${kind === 'organisation' ? 'cơ quan' : record.name}`}
        </button>
      </div>
    </form>
  );
}

/** An admin adds a Sở, ban, ngành (name and the code its documents carry) or a unit of one. */
function NewRecordForm({
  kind,
  organisationId,
  onCreated,
}: {
  kind: 'organisation' | 'unit';
  organisationId?: string;
  onCreated: (id: string, message: string) => void;
}) {
  const form = useDraftForm<{ name?: string; code?: string }>({});
  const { values, set, issues, error, busy } = form;
  const { name, code } = values;
  const organisation = kind === 'organisation';
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { ...(name ? { name } : {}), ...(organisation && code ? { code } : {}) };
    const path = organisation ? '/organisations' : `/organisations/${organisationId}/units`;
    await form.send(
      organisation ? NewOrganisationSchema : NewUnitSchema,
      body,
      (valid, idempotencyKey) => api.post<UnitView | OrganisationView>(path, { body: valid, idempotencyKey }),
      (created) => {
        form.replace({});
        onCreated(created.id, `Đã thêm ${organisation ? 'cơ quan' : 'phòng, ban'} “${name}”.`);
      },
    );
  };
  const prefix = organisation ? 'new-org' : `new-unit-${organisationId}`;
  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={organisation ? 'Thêm cơ quan' : 'Thêm phòng, ban, đơn vị'}
      class="card"
    >
      <h2>{organisation ? 'Thêm cơ quan (Sở, ban, ngành)' : 'Thêm phòng, ban, đơn vị'}</h2>
      <ApiErrorNotice error={error} />
      <div class="grid-2">
        <Field
          name={`${prefix}.name`}
          label={organisation ? 'Tên cơ quan' : 'Tên phòng, ban, đơn vị'}
          error={issues.name}
          required
        >
          {(c) => (
            <TextInput
              control={c}
              value={name}
              onChange={(v) => set({ name: v })}
              maxLength={LIMITS.unitName}
            />
          )}
        </Field>
        {organisation ? (
          <Field
            name={`${prefix}.code`}
            label="Mã cơ quan (trong số văn bản)"
            hint="Ví dụ: SYT trong 12/QĐ-SYT"
            error={issues.code}
            required
          >
            {(c) => <TextInput control={c} value={code} onChange={(v) => set({ code: v })} maxLength={20} />}
          </Field>
        ) : null}
      </div>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang lưu…' : organisation ? 'Thêm cơ quan' : 'Thêm phòng, ban'}
        </button>
      </div>
    </form>
  );
}

/** Organisations and their units, with the addresses their notices go to. Admins only. */
export function DirectoryScreen() {
  const directory = useDirectory();
  const [flash, setFlash] = useState<string | undefined>();
  const organisations = directory.data?.organisations ?? [];
  const orgId = useQueryParam('co-quan') || organisations[0]?.id || '';
  const organisation = organisations.find((o) => o.id === orgId);
  const units = (directory.data?.units ?? []).filter((u) => u.organisationId === orgId);
  const saved = (message: string) => {
    setFlash(message || undefined);
    directory.reload();
  };
  return (
    <>
      <h1>Cơ quan, đơn vị</h1>
      <ApiErrorNotice error={directory.error} />
      {flash ? <Notice tone="ok">{flash}</Notice> : null}
      {directory.loading && !directory.data ? <p>Đang tải…</p> : null}
      {directory.data ? (
        <Field name="co-quan" label="Cơ quan">
          {(c) => (
            <Select
              control={c}
              value={orgId || undefined}
              onChange={(v) => {
                setFlash(undefined);
                setQueryParam('co-quan', v ?? '');
              }}
              options={organisations.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
            />
          )}
        </Field>
      ) : null}
      {organisation ? (
        <>
          <section aria-labelledby="org-title">
            <h2 id="org-title">{organisation.name}</h2>
            <RecordForm
              key={`${organisation.id}-${organisation.version}`}
              kind="organisation"
              record={organisation}
              schema={OrganisationChangesSchema}
              onSaved={saved}
            />
          </section>
          <section aria-labelledby="units-title">
            <h2 id="units-title">Phòng, ban, đơn vị ({units.length})</h2>
            {units.map((unit) => (
              <fieldset key={`${unit.id}-${unit.version}`}>
                <legend>{unit.name}</legend>
                <RecordForm kind="unit" record={unit} schema={UnitChangesSchema} onSaved={saved} />
              </fieldset>
            ))}
            <NewRecordForm
              kind="unit"
              organisationId={organisation.id}
              onCreated={(_, message) => saved(message)}
            />
          </section>
        </>
      ) : null}
      {directory.data ? (
        <NewRecordForm
          kind="organisation"
          onCreated={(id, message) => {
            saved(message);
            setQueryParam('co-quan', id);
          }}
        />
      ) : null}
    </>
  );
}
