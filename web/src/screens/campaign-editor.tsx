import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CampaignInput, CampaignSchema } from '../../../shared/domain/forms/campaign';
import { LIMITS } from '../../../shared/domain/forms/limits';
import {
  AWARD_CODES,
  SUBJECTS,
  TASK_RATING_LABELS,
  TASK_RATINGS,
  type TaskRating,
} from '../../../shared/domain/vocabulary';
import { ApiError, api, request } from '../api/client';
import type { CampaignView, OrganisationView } from '../api/types';
import { sessionStore } from '../auth/session';
import { type IssueMap, toIssueMap, validate } from '../lib/form-issues';
import { formatDateTime } from '../lib/format';
import { newIdempotencyKey } from '../lib/ids';
import { awardName } from '../lib/labels';
import { forgetLocal, keepLocally, readLocal } from '../lib/local-drafts';
import { useMe } from '../lib/me';
import { getPath, setPath } from '../lib/paths';
import { Link, navigate } from '../lib/router';
import { ApiErrorNotice } from '../ui/api-error';
import { Dialog } from '../ui/dialog';
import { Field, fieldId } from '../ui/field';
import { DateInput, dateMessage, NumberInput, Select, TextField } from '../ui/inputs';
import { Notice } from '../ui/notice';

/** What the form holds while someone types: the API's body, possibly incomplete or wrong. */
type Values = Record<string, unknown>;

const SUBJECT_LABELS: Readonly<Record<(typeof SUBJECTS)[number], string>> = {
  person: 'Cá nhân',
  collective: 'Tập thể',
};

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

function TextArea({
  name,
  label,
  hint,
  value,
  error,
  required,
  rows = 3,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  value: unknown;
  error: string | undefined;
  required?: boolean;
  rows?: number;
  onChange: (v: string) => void;
}) {
  return (
    <Field name={name} label={label} {...(hint ? { hint } : {})} error={error} required={required ?? false}>
      {(c) => (
        <textarea
          {...c}
          rows={rows}
          maxLength={LIMITS.paragraph}
          value={typeof value === 'string' ? value : ''}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** A group's own error (e.g. "choose at least one"), tied to the group for screen readers. */
function GroupError({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <span class="field-error" id={`${fieldId(name)}-error`}>
      {error}
    </span>
  ) : null;
}

function Group({
  name,
  legend,
  error,
  children,
}: {
  name: string;
  legend: string;
  error: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <fieldset
      id={fieldId(name)}
      tabIndex={-1}
      {...(error ? { 'aria-describedby': `${fieldId(name)}-error` } : {})}
    >
      <legend>{legend}</legend>
      <GroupError name={name} error={error} />
      {children}
    </fieldset>
  );
}

/**
 * Drafts a campaign (phong trào thi đua) as its launch document sets it out, with the very schema
 * the API parses it with; saves the draft (If-Match on edits), then publishes it to the units.
 * What was typed stays in this browser until the server has it.
 */
/**
 * The awards a target counts, as the plan words it: any of those ticked ("Bằng khen của Bộ Nội vụ,
 * UBND tỉnh"; "Cờ thi đua hoặc Bằng khen"), and with "trở lên" the higher ones of their ladder.
 */
function TargetAwards({
  path,
  target,
  error,
  set,
}: {
  path: string;
  target: Record<string, unknown>;
  error: string | undefined;
  set: (path: string, value: unknown) => void;
}) {
  const chosen: string[] =
    (target.awardCodes as string[] | undefined) ?? (target.awardCode ? [target.awardCode as string] : []);
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...chosen, code] : chosen.filter((c) => c !== code);
    set(`${path}.awardCode`, undefined);
    set(`${path}.awardCodes`, next.length > 0 ? next : undefined);
    if (next.length === 0) set(`${path}.orHigher`, undefined);
  };
  return (
    <fieldset class={error ? 'invalid' : undefined}>
      <legend>Danh hiệu, hình thức được tính (bỏ trống: mọi hồ sơ đề nghị)</legend>
      <div class="grid-2">
        {AWARD_CODES.map((code) => (
          <div class="check" key={code}>
            <input
              type="checkbox"
              id={`${path}-award-${code}`}
              checked={chosen.includes(code)}
              onChange={(e) => toggle(code, e.currentTarget.checked)}
            />
            <label for={`${path}-award-${code}`}>{awardName(code)}</label>
          </div>
        ))}
      </div>
      <div class="check">
        <input
          type="checkbox"
          id={`${path}-orHigher`}
          checked={target.orHigher === true}
          disabled={chosen.length === 0}
          onChange={(e) => set(`${path}.orHigher`, e.currentTarget.checked ? true : undefined)}
        />
        <label for={`${path}-orHigher`}>Tính cả danh hiệu, hình thức cao hơn (“… trở lên”)</label>
      </div>
      {error ? <span class="field-error">{error}</span> : null}
    </fieldset>
  );
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
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [flash, setFlash] = useState<string | undefined>();
  const [restored, setRestored] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [reloadTick, setReloadTick] = useState(0);
  const saveKey = useRef<string | undefined>(undefined);
  const publishKey = useRef<string | undefined>(undefined);
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
  const set = (path: string, value: unknown) => {
    const next = setPath(values, path, value);
    setValues(next);
    setDirty(true);
    setFlash(undefined);
    if (serverIssues[path]) setServerIssues(({ [path]: _, ...rest }) => rest);
    keepLocally(userKey(), localKey(id), next);
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
    setError(undefined);
    setFlash(undefined);
    const result = validate(CampaignSchema, cleaned(values));
    if (!result.ok) {
      focusFirstError(result.issues);
      return false;
    }
    setBusy(true);
    try {
      const body = result.value satisfies CampaignInput;
      const response = id
        ? await request<CampaignView & { version: number }>('PUT', `/campaigns/${id}`, {
            body,
            ...(version === undefined ? {} : { version }),
          })
        : await (async () => {
            saveKey.current ??= newIdempotencyKey();
            const created = await api.post<CampaignView & { version: number }>('/campaigns', {
              body,
              idempotencyKey: saveKey.current,
            });
            return { data: created, version: created.version };
          })();
      saveKey.current = undefined;
      const saved = response.data;
      forgetLocal(userKey(), localKey(id));
      setVersion(response.version ?? saved.version);
      setValues((saved.details ?? body) as unknown as Values);
      setDirty(false);
      setServerIssues({});
      setRestored(undefined);
      setFlash('Đã lưu bản nháp phong trào.');
      if (!id) {
        setId(saved.id);
        navigate(`/phong-trao/${saved.id}/sua`, { replace: true });
      }
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.status !== 0) saveKey.current = undefined;
      if (err instanceof ApiError && err.issues.length > 0) {
        const issues = toIssueMap(err.issues);
        setServerIssues(issues);
        focusFirstError(issues);
      }
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    if (!id) return;
    publishKey.current ??= newIdempotencyKey();
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/campaigns/${id}/publish`, {
        idempotencyKey: publishKey.current,
        ...(version === undefined ? {} : { version }),
      });
      publishKey.current = undefined;
      setConfirming(false);
      navigate(`/phong-trao?da-ban-hanh=${encodeURIComponent(id)}`);
    } catch (err) {
      if (err instanceof ApiError && err.status !== 0) publishKey.current = undefined;
      setConfirming(false);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const periods = list('periods') as Record<string, unknown>[];
  const targets = list('targets') as Record<string, unknown>[];
  const contentItems = list('contentItems');
  const responsibilities = list('responsibilities');
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
          setError(undefined);
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
        <fieldset disabled={published}>
          <legend>Văn bản phát động</legend>
          {text('issuingBody', 'Cơ quan ban hành', { required: true, max: LIMITS.unitName })}
          <div class="grid-2">
            {text('documentNumber', 'Số, ký hiệu', {
              required: true,
              max: LIMITS.documentNumber,
              hint: 'Ví dụ: 15/KH-SNV; khi chưa có số có thể ghi /KH-SNV',
            })}
            {date('issuedOn', 'Ngày ban hành', false)}
          </div>
          {text('title', 'Trích yếu (tên kế hoạch)', { required: true })}
          <TextArea
            name="theme"
            label="Chủ đề thi đua"
            value={get('theme')}
            error={issueOf('theme')}
            required
            onChange={(v) => set('theme', v)}
          />
        </fieldset>

        <Group name="periods" legend="Các đợt thi đua" error={issueOf('periods')}>
          {periods.map((_, index) => (
            <fieldset key={index}>
              <legend>Đợt {index + 1}</legend>
              <GroupError name={`periods.${index}.periodNo`} error={issueOf(`periods.${index}.periodNo`)} />
              {text(`periods.${index}.name`, 'Tên đợt')}
              <div class="grid-2">
                {date(`periods.${index}.startsOn`, 'Ngày bắt đầu')}
                {date(`periods.${index}.endsOn`, 'Ngày kết thúc')}
                {date(`periods.${index}.reviewDueOn`, 'Hạn sơ kết, tổng kết đợt')}
              </div>
              {periods.length > 1 ? (
                <button type="button" class="btn" onClick={() => removeFrom('periods', index, true)}>
                  Xóa đợt {index + 1}
                </button>
              ) : null}
            </fieldset>
          ))}
          {periods.length < LIMITS.periods ? (
            <button
              type="button"
              class="btn"
              onClick={() =>
                addTo('periods', {
                  periodNo: periods.length + 1,
                  name: `Đợt ${periods.length + 1}`,
                  startsOn: '',
                  endsOn: '',
                  reviewDueOn: '',
                })
              }
            >
              + Thêm đợt
            </button>
          ) : null}
        </Group>

        <fieldset>
          <legend>Hạn đề nghị khen thưởng</legend>
          {date('nominationDeadline', 'Hạn cuối các đơn vị gửi đề nghị')}
        </fieldset>

        <Group name="scope.subjects" legend="Đối tượng thi đua" error={issueOf('scope.subjects')}>
          {SUBJECTS.map((subject) => (
            <div class="check" key={subject}>
              <input
                type="checkbox"
                id={`subject-${subject}`}
                checked={(list('scope.subjects') as string[]).includes(subject)}
                onChange={(e) => toggleIn('scope.subjects', subject, e.currentTarget.checked)}
              />
              <label for={`subject-${subject}`}>{SUBJECT_LABELS[subject]}</label>
            </div>
          ))}
          <TextArea
            name="scope.description"
            label="Phạm vi, đối tượng áp dụng"
            value={get('scope.description')}
            error={issueOf('scope.description')}
            required
            onChange={(v) => set('scope.description', v)}
          />
        </Group>

        <Group name="contentItems" legend="Nội dung thi đua" error={issueOf('contentItems')}>
          {contentItems.map((item, index) => (
            <div key={index}>
              <TextArea
                name={`contentItems.${index}`}
                label={`Nội dung ${index + 1}`}
                value={item}
                error={issueOf(`contentItems.${index}`)}
                required
                rows={2}
                onChange={(v) => set(`contentItems.${index}`, v)}
              />
              {contentItems.length > 1 ? (
                <button type="button" class="btn" onClick={() => removeFrom('contentItems', index)}>
                  Xóa nội dung {index + 1}
                </button>
              ) : null}
            </div>
          ))}
          {contentItems.length < LIMITS.contentItems ? (
            <p>
              <button type="button" class="btn" onClick={() => addTo('contentItems', '')}>
                + Thêm nội dung
              </button>
            </p>
          ) : null}
        </Group>

        <Group name="targets" legend="Chỉ tiêu thi đua" error={issueOf('targets')}>
          {targets.length === 0 ? <p class="meta">Chưa có chỉ tiêu nào.</p> : null}
          {targets.map((target, index) => {
            const p = `targets.${index}`;
            const measure = (target.measure ?? {}) as Record<string, unknown>;
            return (
              <fieldset key={index}>
                <legend>Chỉ tiêu {index + 1}</legend>
                <TextArea
                  name={`${p}.metric`}
                  label="Nội dung chỉ tiêu"
                  hint="Như trong kế hoạch, ví dụ: 15% đạt danh hiệu Chiến sĩ thi đua cơ sở"
                  value={target.metric}
                  error={issueOf(`${p}.metric`)}
                  required
                  rows={2}
                  onChange={(v) => set(`${p}.metric`, v)}
                />
                <div class="grid-2">
                  <Field name={`${p}.subject`} label="Đối tượng" error={issueOf(`${p}.subject`)} required>
                    {(c) => (
                      <Select
                        control={c}
                        value={target.subject as 'person' | 'collective' | undefined}
                        onChange={(v) => set(`${p}.subject`, v)}
                        options={SUBJECTS.map((s) => ({ value: s, label: SUBJECT_LABELS[s] }))}
                      />
                    )}
                  </Field>
                  <Field
                    name={`${p}.measure.kind`}
                    label="Cách đo"
                    error={issueOf(`${p}.measure.kind`)}
                    required
                  >
                    {(c) => (
                      <Select
                        control={c}
                        value={measure.kind as 'percentage' | 'count' | undefined}
                        onChange={(v) =>
                          set(
                            `${p}.measure`,
                            v === 'count' ? { kind: 'count', min: 1 } : { kind: 'percentage', percent: 0 },
                          )
                        }
                        options={[
                          { value: 'percentage', label: 'Tỷ lệ phần trăm' },
                          { value: 'count', label: 'Số lượng' },
                        ]}
                      />
                    )}
                  </Field>
                  {measure.kind === 'count' ? (
                    <>
                      <Field
                        name={`${p}.measure.min`}
                        label="Ít nhất"
                        error={issueOf(`${p}.measure.min`)}
                        required
                      >
                        {(c) => (
                          <NumberInput
                            control={c}
                            value={measure.min as number | undefined}
                            onChange={(v) => set(`${p}.measure.min`, v)}
                          />
                        )}
                      </Field>
                      <Field name={`${p}.measure.max`} label="Nhiều nhất" error={issueOf(`${p}.measure.max`)}>
                        {(c) => (
                          <NumberInput
                            control={c}
                            value={measure.max as number | undefined}
                            onChange={(v) => set(`${p}.measure.max`, v)}
                          />
                        )}
                      </Field>
                    </>
                  ) : (
                    <Field
                      name={`${p}.measure.percent`}
                      label="Tỷ lệ (%)"
                      error={issueOf(`${p}.measure.percent`)}
                      required
                    >
                      {(c) => (
                        <NumberInput
                          control={c}
                          value={measure.percent as number | undefined}
                          onChange={(v) => set(`${p}.measure.percent`, v)}
                        />
                      )}
                    </Field>
                  )}
                  <Field
                    name={`${p}.measuredBy`}
                    label="Cách tính kết quả"
                    error={issueOf(`${p}.measuredBy`)}
                  >
                    {(c) => (
                      <Select
                        control={c}
                        value={
                          (target.measuredBy as 'nominations' | 'unit_report' | undefined) ?? 'nominations'
                        }
                        onChange={(v) => {
                          set(`${p}.measuredBy`, v === 'unit_report' ? 'unit_report' : undefined);
                          if (v === 'unit_report') {
                            set(`${p}.awardCode`, undefined);
                            set(`${p}.awardCodes`, undefined);
                            set(`${p}.orHigher`, undefined);
                            set(`${p}.minTaskRating`, undefined);
                          }
                        }}
                        options={[
                          { value: 'nominations', label: 'Đếm từ hồ sơ đề nghị khen thưởng' },
                          { value: 'unit_report', label: 'Đơn vị báo cáo kèm minh chứng' },
                        ]}
                      />
                    )}
                  </Field>
                  {target.measuredBy === 'unit_report' ? null : (
                    <Field
                      name={`${p}.minTaskRating`}
                      label="Xếp loại tối thiểu"
                      error={issueOf(`${p}.minTaskRating`)}
                    >
                      {(c) => (
                        <Select
                          control={c}
                          value={target.minTaskRating as TaskRating | undefined}
                          onChange={(v) => set(`${p}.minTaskRating`, v)}
                          empty="(không yêu cầu)"
                          options={TASK_RATINGS.map((r) => ({ value: r, label: TASK_RATING_LABELS[r] }))}
                        />
                      )}
                    </Field>
                  )}
                </div>
                {target.measuredBy === 'unit_report' ? null : (
                  <TargetAwards
                    path={p}
                    target={target}
                    error={
                      issueOf(`${p}.awardCodes`) ?? issueOf(`${p}.awardCode`) ?? issueOf(`${p}.orHigher`)
                    }
                    set={set}
                  />
                )}
                <button type="button" class="btn" onClick={() => removeFrom('targets', index)}>
                  Xóa chỉ tiêu {index + 1}
                </button>
              </fieldset>
            );
          })}
          {targets.length < LIMITS.targets ? (
            <button
              type="button"
              class="btn"
              onClick={() =>
                addTo('targets', {
                  metric: '',
                  subject: 'person',
                  measure: { kind: 'percentage', percent: 0 },
                })
              }
            >
              + Thêm chỉ tiêu
            </button>
          ) : null}
        </Group>

        <Group
          name="awardsInScope"
          legend="Danh hiệu, hình thức khen thưởng"
          error={issueOf('awardsInScope')}
        >
          <div class="grid-2">
            {AWARD_CODES.map((code) => (
              <div class="check" key={code}>
                <input
                  type="checkbox"
                  id={`award-${code}`}
                  checked={(list('awardsInScope') as string[]).includes(code)}
                  onChange={(e) => toggleIn('awardsInScope', code, e.currentTarget.checked)}
                />
                <label for={`award-${code}`}>{awardName(code)}</label>
              </div>
            ))}
          </div>
        </Group>

        <Group name="responsibilities" legend="Tổ chức thực hiện" error={issueOf('responsibilities')}>
          {responsibilities.map((item, index) => (
            <div key={index}>
              <TextArea
                name={`responsibilities.${index}`}
                label={`Nhiệm vụ ${index + 1}`}
                value={item}
                error={issueOf(`responsibilities.${index}`)}
                required
                rows={2}
                onChange={(v) => set(`responsibilities.${index}`, v)}
              />
              <button type="button" class="btn" onClick={() => removeFrom('responsibilities', index)}>
                Xóa nhiệm vụ {index + 1}
              </button>
            </div>
          ))}
          {responsibilities.length < LIMITS.responsibilities ? (
            <p>
              <button type="button" class="btn" onClick={() => addTo('responsibilities', '')}>
                + Thêm nhiệm vụ
              </button>
            </p>
          ) : null}
        </Group>

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
