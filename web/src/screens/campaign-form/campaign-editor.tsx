import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CampaignInput, CampaignSchema } from '../../../../shared/domain/forms/campaign';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import { ApiError, api, request } from '../../api/client';
import type { CampaignView, OrganisationView } from '../../api/types';
import { sessionStore } from '../../auth/session';
import { type IssueMap, toIssueMap, validate } from '../../lib/form-issues';
import { formatDateTime } from '../../lib/format';
import { forgetLocal, keepLocally, readLocal } from '../../lib/local-drafts';
import { useMe } from '../../lib/me';
import { getPath, setPath } from '../../lib/paths';
import { Link, navigate } from '../../lib/router';
import { useAction } from '../../lib/use-action';
import { ApiErrorNotice } from '../../ui/api-error';
import { Dialog } from '../../ui/dialog';
import { Field, fieldId } from '../../ui/field';
import { DateInput, dateMessage, TextField } from '../../ui/inputs';
import { Notice } from '../../ui/notice';
import { DocumentSection } from './document-section';
import type { CampaignFormApi } from './form-api';
import { ImplementationSection } from './implementation-section';
import { PeriodsSection } from './periods-section';
import { ScopeSection } from './scope-section';
import { TargetsSection } from './targets-section';

/** What the form holds while someone types: the API's body, possibly incomplete or wrong. */
type Values = Record<string, unknown>;

const userKey = () => sessionStore.get().session?.email ?? 'anonymous';
const localKey = (id: string | undefined) => `campaign.${id ?? 'new'}`;

function emptyCampaign(issuingBody: string): Values {
  const year = new Date().getFullYear();
  return {
    issuingBody,
    documentNumber: '',
    title: '',
    theme: '',
    contentItems: [''],
    scope: { subjects: ['person', 'collective'], description: '' },
    periods: [
      { periodNo: 1, name: 'Đợt 1', startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, reviewDueOn: '' },
    ],
    commemorations: [],
    targets: [],
    awardsInScope: [],
    responsibilities: [],
  };
}

/** Empty optional texts are dropped, so a cleared field is "not given", not "given empty". */
function cleaned(values: Values): Values {
  const drop = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(drop);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined) continue;
        if (v === '' && (k === 'name' || k === 'issuedOn' || k === 'on')) continue;
        out[k] = drop(v);
      }
      return out;
    }
    return value;
  };
  return drop(values) as Values;
}

export function CampaignEditorScreen({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const [id, setId] = useState<string | undefined>(params.id);
  const [version, setVersion] = useState<number | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [values, setValues] = useState<Values | undefined>();
  const [loadError, setLoadError] = useState<unknown>();
  const [attempted, setAttempted] = useState(false);
  const [serverIssues, setServerIssues] = useState<IssueMap>({});
  // Saving and publishing are an action each: a key kept for a retry after a network error, and
  // a change to the form makes the next save a new action.
  const saving = useAction();
  const publishing = useAction();
  const busy = saving.busy || publishing.busy;
  const error = saving.error ?? publishing.error;
  const [dirty, setDirty] = useState(false);
  const [flash, setFlash] = useState<string | undefined>();
  const [restored, setRestored] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [reloadTick, setReloadTick] = useState(0);
  const loadedTick = useRef(-1);

  useEffect(() => {
    // Just created here: the form is current, and reloading would drop what is typed meanwhile.
    if (params.id && params.id === id && values && reloadTick === loadedTick.current) return;
    loadedTick.current = reloadTick;
    let cancelled = false;
    const local = readLocal<Values>(userKey(), localKey(params.id));
    setLoadError(undefined);
    const load = params.id
      ? api.getWithVersion<CampaignView & { version?: number }>(`/campaigns/${params.id}`).then((r) => ({
          server: (r.data.details ?? {}) as Values,
          version: r.version ?? r.data.version,
          status: r.data.status,
        }))
      : (me.orgId
          ? api.get<OrganisationView>(`/organisations/${me.orgId}`).catch(() => undefined)
          : Promise.resolve(undefined)
        ).then((org) => ({ server: emptyCampaign(org?.name ?? ''), version: undefined, status: undefined }));
    load.then(
      ({ server, version: v, status: s }) => {
        if (cancelled) return;
        setVersion(v);
        setStatus(s);
        if (local && s !== 'published' && JSON.stringify(local.value) !== JSON.stringify(server)) {
          setValues(local.value);
          setRestored(local.savedAt);
          setDirty(true);
        } else {
          setValues(server);
          setRestored(undefined);
          setDirty(false);
        }
      },
      (err: unknown) => {
        if (!cancelled) setLoadError(err);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [params.id, reloadTick]);

  const check = useMemo(() => (values ? validate(CampaignSchema, cleaned(values)) : undefined), [values]);
  const schemaIssues: IssueMap = attempted && check && !check.ok ? check.issues : {};
  const issueOf = (path: string) => dateMessage(serverIssues[path] ?? schemaIssues[path]);

  if (loadError) return <ApiErrorNotice error={loadError} />;
  if (!values) return <p>Đang tải…</p>;
  const published = status === 'published';

  const get = (path: string) => getPath(values, path);
  // Functional: one handler may set several paths in a row (an award ticked off clears two),
  // and each must apply to what the previous one left.
  const set = (path: string, value: unknown) => {
    setValues((current) => {
      const next = setPath(current ?? {}, path, value);
      keepLocally(userKey(), localKey(id), next);
      return next;
    });
    setDirty(true);
    setFlash(undefined);
    saving.reset();
    if (serverIssues[path]) setServerIssues(({ [path]: _, ...rest }) => rest);
  };
  const list = (path: string) => (get(path) as unknown[] | undefined) ?? [];
  const addTo = (path: string, item: unknown) => set(path, [...list(path), item]);
  const removeFrom = (path: string, index: number, renumber = false) =>
    set(
      path,
      list(path)
        .filter((_, i) => i !== index)
        .map((item, i) => (renumber ? { ...(item as object), periodNo: i + 1 } : item)),
    );
  const toggleIn = (path: string, value: string, on: boolean) => {
    const current = list(path) as string[];
    set(path, on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value));
  };

  const text = (
    path: string,
    label: string,
    opts: { required?: boolean; max?: number; hint?: string } = {},
  ) => (
    <TextField
      name={path}
      label={label}
      {...(opts.hint ? { hint: opts.hint } : {})}
      error={issueOf(path)}
      required={opts.required ?? false}
      value={get(path) as string | undefined}
      onChange={(v) => set(path, v ?? '')}
      maxLength={opts.max ?? LIMITS.title}
    />
  );
  const date = (path: string, label: string, required = true) => (
    <Field name={path} label={label} hint="dd/mm/yyyy" error={issueOf(path)} required={required}>
      {(c) => (
        <DateInput control={c} value={get(path) as string | undefined} onChange={(v) => set(path, v ?? '')} />
      )}
    </Field>
  );

  const form: CampaignFormApi = {
    get,
    set,
    list,
    addTo,
    removeFrom,
    toggleIn,
    issueOf,
    text,
    date,
    published,
  };

  const focusFirstError = (issues: IssueMap) => {
    const first = Object.keys(issues)[0];
    if (!first) return;
    requestAnimationFrame(() => {
      let path = first;
      for (;;) {
        const element = document.getElementById(fieldId(path));
        if (element) {
          element.focus();
          return;
        }
        const cut = path.lastIndexOf('.');
        if (cut < 0) return;
        path = path.slice(0, cut);
      }
    });
  };

  const save = async (): Promise<boolean> => {
    setAttempted(true);
    publishing.setError(undefined);
    setFlash(undefined);
    const result = validate(CampaignSchema, cleaned(values));
    if (!result.ok) {
      focusFirstError(result.issues);
      return false;
    }
    const body = result.value satisfies CampaignInput;
    const saved = await saving.run(
      async (idempotencyKey) => {
        if (id)
          return request<CampaignView>('PUT', `/campaigns/${id}`, {
            body,
            ...(version === undefined ? {} : { version }),
          });
        const created = await api.post<CampaignView>('/campaigns', { body, idempotencyKey });
        return { data: created, version: created.version };
      },
      (response) => {
        const campaign = response.data;
        forgetLocal(userKey(), localKey(id));
        setVersion(response.version ?? campaign.version);
        setValues((campaign.details ?? body) as unknown as Values);
        setDirty(false);
        setServerIssues({});
        setRestored(undefined);
        setFlash('Đã lưu bản nháp phong trào.');
        if (!id) {
          setId(campaign.id);
          navigate(`/phong-trao/${campaign.id}/sua`, { replace: true });
        }
      },
      (err) => {
        if (err instanceof ApiError && err.issues.length > 0) {
          const issues = toIssueMap(err.issues);
          setServerIssues(issues);
          focusFirstError(issues);
        }
      },
    );
    return saved !== undefined;
  };

  const publish = async () => {
    if (!id) return;
    saving.setError(undefined);
    await publishing.run(
      (idempotencyKey) =>
        api.post(`/campaigns/${id}/publish`, {
          idempotencyKey,
          ...(version === undefined ? {} : { version }),
        }),
      () => {
        setConfirming(false);
        navigate(`/phong-trao?da-ban-hanh=${encodeURIComponent(id)}`);
      },
      () => setConfirming(false),
    );
  };

  const issueCount = attempted && check && !check.ok ? Object.keys(check.issues).length : 0;

  return (
    <>
      <p>
        <Link href="/phong-trao">← Phong trào thi đua</Link>
      </p>
      <h1>{id ? 'Sửa bản nháp phong trào thi đua' : 'Soạn phong trào thi đua'}</h1>
      {published ? (
        <Notice tone="info" title="Phong trào đã được ban hành">
          <p>Phong trào đã ban hành không sửa được nữa; các đơn vị đang thực hiện theo nội dung này.</p>
        </Notice>
      ) : (
        <p>
          Nhập nội dung theo kế hoạch phát động. Bản nháp chỉ Thường trực Hội đồng và lãnh đạo cơ quan thấy;
          các đơn vị thấy phong trào khi được ban hành.
        </p>
      )}
      {restored ? (
        <Notice tone="warn" title="Đã khôi phục nội dung chưa lưu">
          <p>
            Trình duyệt này còn giữ nội dung bạn nhập lúc {formatDateTime(restored)} nhưng chưa được lưu lên
            hệ thống. Bấm “Lưu bản nháp” để lưu.
          </p>
        </Notice>
      ) : null}
      {flash ? <Notice tone="ok">{flash}</Notice> : null}
      {issueCount > 0 ? (
        <Notice tone="error" title={`Còn ${issueCount} chỗ chưa hợp lệ`}>
          <p>Xem thông báo ngay dưới từng trường được đánh dấu.</p>
        </Notice>
      ) : null}
      <ApiErrorNotice
        error={error}
        onReload={() => {
          forgetLocal(userKey(), localKey(id));
          saving.setError(undefined);
          publishing.setError(undefined);
          setReloadTick((t) => t + 1);
        }}
      />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <DocumentSection form={form} />
        <PeriodsSection form={form} />
        <ScopeSection form={form} />
        <TargetsSection form={form} />
        <ImplementationSection form={form} />
        {published ? null : (
          <div class="actions">
            <button type="submit" class="btn btn-primary" disabled={busy}>
              {busy ? 'Đang lưu…' : 'Lưu bản nháp'}
            </button>
            {id ? (
              <button
                type="button"
                class="btn"
                disabled={busy}
                onClick={() => {
                  if (!dirty) return setConfirming(true);
                  void save().then((ok) => ok && setConfirming(true));
                }}
              >
                Ban hành phong trào
              </button>
            ) : null}
            {dirty ? (
              <span class="saving">Có thay đổi chưa lưu (vẫn được giữ trong trình duyệt này).</span>
            ) : null}
          </div>
        )}
      </form>
      <Dialog open={confirming} title="Ban hành phong trào thi đua" onClose={() => setConfirming(false)}>
        <p>
          Sau khi ban hành, các đơn vị thấy phong trào “{String(get('title') ?? '')}” và có thể lập đề nghị
          khen thưởng đến hết ngày{' '}
          {String(get('nominationDeadline') ?? '')
            .split('-')
            .reverse()
            .join('/')}
          . Phong trào đã ban hành không sửa được nữa.
        </p>
        <div class="actions">
          <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void publish()}>
            {busy ? 'Đang ban hành…' : 'Xác nhận ban hành'}
          </button>
          <button type="button" class="btn" onClick={() => setConfirming(false)}>
            Quay lại
          </button>
        </div>
      </Dialog>
    </>
  );
}
