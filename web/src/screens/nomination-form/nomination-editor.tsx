import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type DossierItemInput, LIMITS, NominationDraftSchema } from '../../../../shared/domain/forms';
import { DEFAULT_CATALOG } from '../../../../shared/domain/rules/catalog';
import {
  AWARD_CODES,
  type AwardCode,
  type TaskRating,
  TRACK_LABELS,
  type Track,
} from '../../../../shared/domain/vocabulary';
import { ApiError, api } from '../../api/client';
import type {
  CampaignView,
  DraftAnswer,
  EligibilityView,
  NominationDetail,
  Page,
  PersonView,
  UnitView,
} from '../../api/types';
import { sessionStore } from '../../auth/session';
import { useDossierFiles } from '../../files/dossier-files-panel';
import { type IssueMap, validate } from '../../lib/form-issues';
import { formatDate, formatDateTime } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/ids';
import { forgetLocal, keepLocally, readLocal } from '../../lib/local-drafts';
import { useMe } from '../../lib/me';
import { getPath, setPath } from '../../lib/paths';
import { Link, navigate, useQueryParam } from '../../lib/router';
import { useAction } from '../../lib/use-action';
import { useList } from '../../lib/use-list';
import { useLoad } from '../../lib/use-load';
import { ApiErrorNotice } from '../../ui/api-error';
import { Field } from '../../ui/field';
import { NumberInput, Select } from '../../ui/inputs';
import { Notice } from '../../ui/notice';
import { DossierChecklist, DossierEditor } from './dossier-section';
import { EligibilityPanel } from './eligibility-panel';
import { FactsSection } from './facts-section';
import type { DraftValues, FormApi } from './form-api';
import { InitiativesSection } from './initiatives-section';
import { NomineeSection } from './nominee-section';

const AUTOSAVE_MS = 1200;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; error: unknown };

function emptyDraft(unitName: string, campaignId: string): DraftValues {
  return {
    subject: 'person',
    track: 'annual',
    year: new Date().getFullYear(),
    ...(campaignId ? { campaignId } : {}),
    nominee: { subject: 'person', holdsLeadershipPost: false, unitName },
    dossier: [],
    initiatives: [],
  };
}

const userKey = () => sessionStore.get().session?.email ?? 'anonymous';

/** Create or edit a draft: validated as typed by the API's own schema, saved automatically, judged live. */
export function NominationEditorScreen({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const campaignParam = useQueryParam('phong-trao');
  const [id, setId] = useState<string | undefined>(params.id);
  // The version last saved, read by every save and by the submit at the moment they send: a
  // submit right after an autosave must carry the version that save produced, not the one of the
  // render the click happened in (a false "changed by someone else" otherwise).
  const version = useRef<number | undefined>(undefined);
  const [values, setValues] = useState<DraftValues | undefined>(params.id ? undefined : undefined);
  const [eligibility, setEligibility] = useState<EligibilityView | undefined>();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [serverIssues, setServerIssues] = useState<IssueMap>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [restored, setRestored] = useState<string | undefined>();
  const [actionError, setActionError] = useState<unknown>();
  // Sending the draft up is one action: its key is kept for a retry after a network error, and a
  // change to the form (`set`) makes the next send a new action.
  const submitting = useAction();
  const busy = submitting.busy;
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The confirmation takes the focus, so a keyboard or screen-reader user lands on it.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const dirty = useRef(false);
  const createKey = useRef(newIdempotencyKey());
  const saving = useRef<Promise<boolean> | undefined>(undefined);

  const files = useDossierFiles(id);
  const campaigns = useLoad((signal) => api.get<Page<CampaignView>>('/campaigns', { signal }), []);
  const people = useList<PersonView>(me.unitId ? `/units/${me.unitId}/persons` : undefined, {}, [me.unitId]);
  const unit = useLoad(
    (signal) =>
      me.unitId ? api.get<UnitView>(`/units/${me.unitId}`, { signal }) : Promise.resolve(undefined),
    [me.unitId],
  );

  // Load the draft (or start a new one), then prefer an unsaved local copy if this browser has one.
  const loadKey = params.id ?? 'new';
  useEffect(() => {
    if (params.id && params.id === id && values) return; // just created here: the state is current
    let cancelled = false;
    const local = readLocal<DraftValues>(userKey(), loadKey);
    if (!params.id) {
      if (unit.loading) return;
      const fresh = emptyDraft(unit.data?.name ?? '', campaignParam);
      setValues(local?.value ?? fresh);
      if (local) {
        setRestored(local.savedAt);
        dirty.current = true;
      }
      return;
    }
    api
      .getWithVersion<NominationDetail>(`/nominations/${params.id}`)
      .then(({ data, version: v }) => {
        if (cancelled) return;
        // Only a draft is edited here; a sent one (reached by Back, a bookmark) opens as it is now.
        if (data.nomination.state !== 'draft') {
          forgetLocal(userKey(), data.nomination.id);
          navigate(`/de-nghi/${data.nomination.id}`, { replace: true });
          return;
        }
        setId(data.nomination.id);
        version.current = v ?? data.nomination.version;
        setEligibility(data.eligibility);
        if (local && JSON.stringify(local.value) !== JSON.stringify(data.nomination.form)) {
          setValues(local.value);
          setRestored(local.savedAt);
          dirty.current = true;
        } else setValues(data.nomination.form as DraftValues);
      })
      .catch((error: unknown) => !cancelled && setActionError(error));
    return () => {
      cancelled = true;
    };
  }, [params.id, unit.loading]);

  const check = useMemo(() => (values ? validate(NominationDraftSchema, values) : undefined), [values]);
  const clientIssues: IssueMap = check && !check.ok ? check.issues : {};

  const doSave = async (): Promise<boolean> => {
    if (!values || !check) return false;
    if (!check.ok) {
      setSave({ kind: 'invalid', count: Object.keys(check.issues).length });
      return false;
    }
    setSave({ kind: 'saving' });
    const sent = values;
    try {
      const answer = id
        ? await api.put<DraftAnswer>(`/nominations/${id}`, {
            body: check.value,
            ...(version.current !== undefined ? { version: version.current } : {}),
          })
        : await api.post<DraftAnswer>('/nominations', {
            body: check.value,
            idempotencyKey: createKey.current,
          });
      version.current = answer.nomination.version;
      setEligibility(answer.eligibility);
      setServerIssues({});
      setActionError(undefined);
      if (!id) {
        forgetLocal(userKey(), 'new');
        setId(answer.nomination.id);
        navigate(`/de-nghi/${answer.nomination.id}/sua`, { replace: true });
      }
      if (sent === values) {
        dirty.current = false;
        forgetLocal(userKey(), answer.nomination.id);
      }
      setSave({ kind: 'saved', at: new Date().toISOString() });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        setServerIssues(Object.fromEntries(error.issues.map((i) => [i.path, i.message])));
        setShowAll(true);
      }
      setSave({ kind: 'failed', error });
      return false;
    }
  };

  const flush = async (): Promise<boolean> => {
    if (saving.current) await saving.current;
    if (!dirty.current && id) return true;
    saving.current = doSave().finally(() => {
      saving.current = undefined;
    });
    return saving.current;
  };

  // Autosave: a moment after the officer stops typing; the local copy is written at once.
  useEffect(() => {
    if (!values || !dirty.current) return;
    keepLocally(userKey(), id ?? 'new', values);
    setSave({ kind: 'waiting' });
    const timer = setTimeout(() => void flush(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [values]);

  if (actionError && !values) return <ApiErrorNotice error={actionError} />;
  if (!values) return <p>Đang tải…</p>;

  const form: FormApi = {
    values,
    disabled: busy,
    set(path, value) {
      dirty.current = true;
      submitting.reset();
      setConfirming(false);
      setTouched((t) => new Set(t).add(path));
      setValues((v) => {
        let next = setPath(v ?? {}, path, value);
        if (path === 'subject')
          next = {
            ...next,
            awardCode: undefined,
            nominee: { subject: value, ...(value === 'person' ? { holdsLeadershipPost: false } : {}) },
          } as DraftValues;
        return next;
      });
    },
    error(path) {
      const shown = showAll || touched.has(path) || [...touched].some((t) => path.startsWith(`${t}.`));
      return serverIssues[path] ?? (shown ? clientIssues[path] : undefined);
    },
  };

  const campaignList = campaigns.data?.items.filter((c) => c.status !== 'draft') ?? [];
  const campaign = campaignList.find((c) => c.id === values.campaignId);
  const inScope = campaign?.details?.awardsInScope;
  const awardOptions = AWARD_CODES.filter((code) => {
    const award = DEFAULT_CATALOG[code];
    return award.subjects.includes(values.subject ?? 'person') && (!inScope || inScope.includes(code));
  }).map((code) => ({
    value: code,
    label: `${DEFAULT_CATALOG[code].name}${DEFAULT_CATALOG[code].authority === 'department' ? '' : DEFAULT_CATALOG[code].authority === 'province' ? ' (UBND tỉnh quyết định)' : ' (trình cấp Trung ương)'}`,
  }));
  const award = values.awardCode ? DEFAULT_CATALOG[values.awardCode as AwardCode] : undefined;
  const trackOptions = (award?.tracks ?? (['annual', 'campaign', 'ad_hoc'] as Track[])).map((t) => ({
    value: t,
    label: TRACK_LABELS[t],
  }));
  const periods = campaign?.details?.periods ?? [];

  const submit = async () => {
    setShowAll(true);
    setActionError(undefined);
    setConfirming(false);
    if (!(await flush()) || !id) return;
    const sentId = id;
    await submitting.run(
      (idempotencyKey) =>
        api.post(`/nominations/${sentId}/submit`, {
          body: {},
          idempotencyKey,
          ...(version.current !== undefined ? { version: version.current } : {}),
        }),
      () => {
        forgetLocal(userKey(), sentId);
        // Replace the editor in the history: Back then leads to the list, not to a sent "draft".
        navigate(`/de-nghi/${sentId}?da-gui=1`, { replace: true });
      },
    );
  };

  const errorCount = Object.keys(clientIssues).length;
  return (
    <>
      <p>
        <Link href="/de-nghi">← Đề nghị của đơn vị</Link>
      </p>
      <h1>{id ? 'Sửa đề nghị khen thưởng (bản nháp)' : 'Lập đề nghị khen thưởng'}</h1>
      {restored ? (
        <Notice tone="warn" title="Đã khôi phục nội dung chưa lưu">
          <p>
            Nội dung bạn nhập lúc {formatDateTime(restored)} chưa kịp lưu lên máy chủ và đã được khôi phục từ
            máy này.
          </p>
        </Notice>
      ) : null}
      <SaveStatus state={save} errorCount={errorCount} />
      <div class="two-col">
        <form
          noValidate
          onSubmit={(e) => {
            // Enter in a one-line field saves the draft; sending always asks first.
            e.preventDefault();
            void flush();
          }}
        >
          <fieldset disabled={busy}>
            <legend>Hình thức đề nghị</legend>
            <Field name="campaignId" label="Phong trào thi đua" error={form.error('campaignId')}>
              {(c) => (
                <Select
                  control={c}
                  value={values.campaignId}
                  onChange={(v) => form.set('campaignId', v)}
                  options={campaignList.map((cp) => ({
                    value: cp.id,
                    label: `${cp.title ?? cp.details?.title ?? cp.id}${cp.details?.nominationDeadline ? ` (hạn ${formatDate(cp.details.nominationDeadline)})` : ''}`,
                  }))}
                  empty="— Không gắn phong trào —"
                />
              )}
            </Field>
            {periods.length > 0 ? (
              <Field name="periodNo" label="Đợt thi đua" error={form.error('periodNo')}>
                {(c) => (
                  <Select
                    control={c}
                    value={values.periodNo === undefined ? undefined : String(values.periodNo)}
                    onChange={(v) => form.set('periodNo', v === undefined ? undefined : Number(v))}
                    options={periods.map((p) => ({
                      value: String(p.periodNo),
                      label: `${p.name ?? `Đợt ${p.periodNo}`}: ${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}`,
                    }))}
                    empty="— Cả năm —"
                  />
                )}
              </Field>
            ) : null}
            <div class="field">
              <span class="label" id="subject-label">
                Đối tượng
              </span>
              <div role="radiogroup" aria-labelledby="subject-label">
                {(['person', 'collective'] as const).map((s) => (
                  <div class="check" key={s}>
                    <input
                      type="radio"
                      id={`f-subject-${s}`}
                      name="subject"
                      checked={values.subject === s}
                      onChange={() => form.set('subject', s)}
                    />
                    <label for={`f-subject-${s}`}>{s === 'person' ? 'Cá nhân' : 'Tập thể'}</label>
                  </div>
                ))}
              </div>
            </div>
            <div class="grid-2">
              <Field
                name="awardCode"
                label="Danh hiệu, hình thức khen thưởng"
                error={form.error('awardCode')}
                required
              >
                {(c) => (
                  <Select
                    control={c}
                    value={values.awardCode}
                    onChange={(v) => form.set('awardCode', v)}
                    options={awardOptions}
                    empty="— Chọn —"
                  />
                )}
              </Field>
              <Field name="track" label="Loại hình khen thưởng" error={form.error('track')} required>
                {(c) => (
                  <Select
                    control={c}
                    value={values.track}
                    onChange={(v) => form.set('track', v)}
                    options={trackOptions}
                  />
                )}
              </Field>
              <Field name="year" label="Năm thành tích" error={form.error('year')} required>
                {(c) => <NumberInput control={c} value={values.year} onChange={(v) => form.set('year', v)} />}
              </Field>
            </div>
          </fieldset>
          <NomineeSection form={form} people={people.data?.items ?? []} />
          <FactsSection form={form} />
          <InitiativesSection form={form} />
          <fieldset disabled={busy}>
            <legend>Hồ sơ kèm theo</legend>
            <DossierEditor
              items={(values.dossier ?? []) as Partial<DossierItemInput>[]}
              onChange={(items) => form.set('dossier', items)}
              error={form.error}
              nominationId={id}
              files={files.data ?? []}
              onUploaded={files.reload}
            />
          </fieldset>
          <Field
            name="notes"
            label="Ghi chú"
            hint={`Tối đa ${LIMITS.notes} ký tự.`}
            error={form.error('notes')}
          >
            {(c) => (
              <textarea
                {...c}
                value={(getPath(values, 'notes') as string | undefined) ?? ''}
                onInput={(e) => form.set('notes', e.currentTarget.value || undefined)}
              />
            )}
          </Field>
          <ApiErrorNotice error={actionError ?? submitting.error} onReload={() => window.location.reload()} />
          {confirming ? (
            <section class="notice notice-warn" aria-labelledby="confirm-send-title">
              <p id="confirm-send-title">
                <strong>Gửi đề nghị lên Hội đồng Thi đua – Khen thưởng?</strong>
              </p>
              <p>Sau khi gửi, đơn vị không sửa được hồ sơ nữa, trừ khi Hội đồng trả lại để bổ sung.</p>
              <div class="actions">
                <button
                  type="button"
                  class="btn btn-primary"
                  ref={confirmButton}
                  disabled={busy}
                  onClick={() => void submit()}
                >
                  Xác nhận gửi
                </button>
                <button type="button" class="btn" disabled={busy} onClick={() => setConfirming(false)}>
                  Quay lại sửa
                </button>
              </div>
            </section>
          ) : null}
          <div class="actions">
            <button
              type="button"
              class="btn btn-primary"
              disabled={busy || confirming}
              onClick={() => {
                setActionError(undefined);
                setConfirming(true);
              }}
            >
              Gửi đề nghị
            </button>
            <button type="submit" class="btn" disabled={busy}>
              Lưu bản nháp
            </button>
          </div>
        </form>
        <aside class="sticky" aria-label="Kết quả kiểm tra">
          <EligibilityPanel
            eligibility={eligibility}
            pending={save.kind === 'saving' || save.kind === 'waiting'}
          />
          <h2>Thành phần hồ sơ</h2>
          <DossierChecklist
            awardCode={values.awardCode}
            subject={values.subject}
            facts={{
              taskRating: (values.nominee as { taskRating?: TaskRating } | undefined)?.taskRating,
              declaresLeave: (values.facts?.specialLeave?.length ?? 0) > 0,
              achievementPoint: values.track === 'annual' ? values.facts?.achievementPoint : undefined,
            }}
            dossier={(values.dossier ?? []) as Partial<DossierItemInput>[]}
            files={id ? (files.data ?? []) : undefined}
          />
        </aside>
      </div>
    </>
  );
}

function SaveStatus({ state, errorCount }: { state: SaveState; errorCount: number }) {
  const text = (() => {
    switch (state.kind) {
      case 'waiting':
        return 'Có thay đổi chưa lưu (đã giữ trên máy này)…';
      case 'saving':
        return 'Đang lưu…';
      case 'saved':
        return `Đã lưu lúc ${formatDateTime(state.at).slice(11)}.`;
      case 'invalid':
        return `Chưa lưu lên máy chủ: còn ${errorCount || state.count} trường cần hoàn thiện (nội dung đã được giữ trên máy này).`;
      case 'failed':
        return 'Chưa lưu được lên máy chủ; nội dung vẫn được giữ trên máy này.';
      default:
        return '';
    }
  })();
  return (
    <>
      <p class="saving" role="status" aria-live="polite">
        {text}
      </p>
      {state.kind === 'failed' ? (
        <ApiErrorNotice error={state.error} onReload={() => window.location.reload()} />
      ) : null}
    </>
  );
}
