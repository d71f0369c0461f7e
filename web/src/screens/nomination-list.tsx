import { useState } from 'preact/hooks';
import { TASK_RATING_LABELS, TASK_RATINGS, type TaskRating } from '../../../shared/domain/vocabulary';
import { api } from '../api/client';
import { loadAll } from '../api/load-all';
import type { CampaignView, ListPreview, ListSent, Page, PersonView } from '../api/types';
import { FileDrop } from '../files/file-drop';
import { sortByViName } from '../lib/format';
import { awardName } from '../lib/labels';
import { useMe } from '../lib/me';
import { Link } from '../lib/router';
import { useAction } from '../lib/use-action';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { DateField, SelectField, TextField } from '../ui/inputs';
import { Notice } from '../ui/notice';

type StaffRow = PersonView;
interface Choice {
  awardCode?: string;
  taskRating: TaskRating;
  initiative?: { title?: string; number?: string; date?: string; file?: UploadedFile };
}
type RowCheck = ListPreview['rows'][number];
type Sent = ListSent;

const PERSON_AWARDS = ['LDTT', 'CSTDCS'] as const;
const UNIT_AWARDS = ['TTLDTT', 'TTLDXS'] as const;
const UNIT = '__unit__';

/** A file the unit uploaded for the list, kept with its name to show. */
interface UploadedFile {
  readonly fileRef: string;
  readonly fileName: string;
}

/**
 * One of the list's documents (or a CSTĐCS's certificate): uploaded once to the unit's shared
 * documents, named by every nomination of the list.
 */
function SharedFile({
  unitId,
  kind,
  label,
  value,
  onChange,
}: {
  unitId: string;
  kind: string;
  label: string;
  value: UploadedFile | undefined;
  onChange: (file: UploadedFile) => void;
}) {
  return (
    <fieldset class="field">
      <legend>{label} *</legend>
      {value ? (
        <p>
          <strong>{value.fileName}</strong>
        </p>
      ) : (
        <p class="meta">Chưa có tệp.</p>
      )}
      <FileDrop
        target={{ base: `/units/${encodeURIComponent(unitId)}`, kind }}
        label={label}
        onUploaded={(file) => onChange({ fileRef: file.fileRef, fileName: file.fileName })}
      />
    </fieldset>
  );
}

/** The list's documents, entered once: every nomination of the list carries them. */
interface Documents {
  letterNumber?: string;
  letterDate?: string;
  letterFile?: UploadedFile;
  minutesDate?: string;
  minutesFile?: UploadedFile;
  reportFile?: UploadedFile;
}

const documentsOf = (d: Documents) => [
  {
    kind: 'proposal_letter',
    title: 'Tờ trình đề nghị khen thưởng',
    fileRef: d.letterFile?.fileRef ?? '',
    ...(d.letterNumber ? { documentNumber: d.letterNumber } : {}),
    issuedOn: d.letterDate ?? '',
    copy: 'original',
  },
  {
    kind: 'review_minutes',
    title: 'Biên bản họp bình xét thi đua',
    fileRef: d.minutesFile?.fileRef ?? '',
    issuedOn: d.minutesDate ?? d.letterDate ?? '',
    copy: 'original',
  },
  {
    kind: 'achievement_report',
    title: 'Báo cáo thành tích, danh sách kèm theo',
    fileRef: d.reportFile?.fileRef ?? '',
    issuedOn: d.letterDate ?? '',
    copy: 'original',
  },
];

/**
 * The unit's year-end list (đề nghị của đơn vị): its staff and the unit itself in one table,
 * an award and a task rating per row (LĐTT for everyone in one click), checked row by row with
 * the rules' citations and the quota left before anything is sent, then sent with one tờ trình.
 */
export function NominationListScreen() {
  const me = useMe();
  const unitId = me.unitId ?? '';
  // Every page: a unit of more than a hundred staff is listed whole.
  const staff = useLoad(
    (signal) => loadAll<StaffRow>(`/units/${encodeURIComponent(unitId)}/persons`, signal),
    [unitId],
  );
  const campaigns = useLoad((signal) => api.get<Page<CampaignView>>('/campaigns', { signal }), []);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [campaignId, setCampaignId] = useState<string | undefined>();
  const [docs, setDocs] = useState<Documents>({});
  const [choices, setChoices] = useState<Readonly<Record<string, Choice>>>({});
  const [checks, setChecks] = useState<readonly RowCheck[] | undefined>();
  const [sent, setSent] = useState<Sent | undefined>();
  // Sending the list is one action (its key kept for a retry after a network error); checking it
  // writes nothing and is apart, so a check between two tries does not end the attempt.
  const sending = useAction();
  const checking = useAction();
  const busy = sending.busy || checking.busy;
  const error = sending.error ?? checking.error;
  const people = sortByViName(
    (staff.data ?? []).filter((p) => !p.leftOn),
    (p) => p.fullName,
  );
  const choiceOf = (id: string): Choice => choices[id] ?? { taskRating: 'HTTNV' };
  const change = (id: string, patch: Partial<Choice>) => {
    setChoices((c) => ({ ...c, [id]: { ...choiceOf(id), ...patch } }));
    setChecks(undefined);
    sending.reset();
  };
  const chosen = [...people.map((p) => p.id), UNIT].filter((id) => choiceOf(id).awardCode);
  const body = () => ({
    year: Number(year),
    ...(campaignId ? { campaignId } : {}),
    documents: documentsOf(docs),
    rows: chosen.map((id) => {
      const c = choiceOf(id);
      const initiative = c.initiative;
      return {
        ...(id === UNIT
          ? // Everyone's rating counts for the collective, proposed or not.
            { completingTaskCount: people.filter((p) => choiceOf(p.id).taskRating !== 'KHTNV').length }
          : { personId: id }),
        awardCode: c.awardCode,
        taskRating: c.taskRating,
        ...(c.awardCode === 'CSTDCS' && initiative?.title
          ? {
              initiatives: [
                {
                  kind: 'initiative',
                  title: initiative.title,
                  recognitionNumber: initiative.number ?? '',
                  recognisedOn: initiative.date ?? '',
                  reach: 'unit',
                },
              ],
            }
          : {}),
        // The decision recognising the initiative is the CSTĐCS's own document (Điều 84).
        ...(c.awardCode === 'CSTDCS' && initiative?.file
          ? {
              documents: [
                {
                  kind: 'initiative_certificate',
                  title: `Quyết định công nhận sáng kiến${initiative.number ? ` số ${initiative.number}` : ''}`,
                  fileRef: initiative.file.fileRef,
                  ...(initiative.number ? { documentNumber: initiative.number } : {}),
                  issuedOn: initiative.date ?? '',
                  copy: 'original',
                },
              ],
            }
          : {}),
      };
    }),
  });
  const run = async (send: boolean) => {
    if (send) {
      checking.setError(undefined);
      await sending.run(
        (idempotencyKey) => api.post<Sent>('/nomination-lists', { body: body(), idempotencyKey }),
        (answer) => {
          setSent(answer);
          setChoices({});
          setChecks(undefined);
        },
      );
    } else {
      sending.setError(undefined);
      await checking.run(
        () => api.post<ListPreview>('/nomination-lists/preview', { body: body() }),
        (answer) => setChecks(answer.rows),
      );
    }
  };
  const checkOf = (id: string) => {
    const index = chosen.indexOf(id);
    return index >= 0 ? checks?.[index] : undefined;
  };
  const refused = checks?.filter((c) => c.refused).length ?? 0;
  const row = (id: string, name: string, awards: readonly string[], position?: string) => {
    const c = choiceOf(id);
    const check = checkOf(id);
    return (
      <tr key={id}>
        <th scope="row">
          {name}
          {position ? <div class="meta">{position}</div> : null}
        </th>
        <td>
          <SelectField
            name={`award-${id}`}
            label={`Hình thức cho ${name}`}
            value={c.awardCode}
            empty="— Không đề nghị —"
            onChange={(awardCode) => change(id, awardCode ? { awardCode } : { awardCode: undefined })}
            options={awards.map((a) => ({ value: a, label: awardName(a) }))}
          />
          {c.awardCode === 'CSTDCS' && c.taskRating === 'HTXSNV' ? (
            <p class="meta">
              Hoàn thành xuất sắc nhiệm vụ: sáng kiến không bắt buộc (Điều 23 Luật TĐKT 2022).
            </p>
          ) : null}
          {c.awardCode === 'CSTDCS' ? (
            <div class="grid-2">
              <TextField
                name={`init-title-${id}`}
                label="Sáng kiến (tên)"
                value={c.initiative?.title}
                onChange={(title) =>
                  change(id, { initiative: { ...c.initiative, ...(title ? { title } : {}) } })
                }
              />
              <TextField
                name={`init-number-${id}`}
                label="Số quyết định công nhận"
                value={c.initiative?.number}
                onChange={(number) =>
                  change(id, { initiative: { ...c.initiative, ...(number ? { number } : {}) } })
                }
              />
              <DateField
                name={`init-date-${id}`}
                label="Ngày công nhận"
                value={c.initiative?.date}
                onChange={(date) =>
                  change(id, { initiative: { ...c.initiative, ...(date ? { date } : {}) } })
                }
              />
              <SharedFile
                unitId={unitId}
                kind="initiative_certificate"
                label={`Tệp quyết định công nhận của ${name}`}
                value={c.initiative?.file}
                onChange={(file) => change(id, { initiative: { ...c.initiative, file } })}
              />
            </div>
          ) : null}
        </td>
        <td>
          <SelectField
            name={`rating-${id}`}
            label={`Xếp loại của ${name}`}
            value={c.taskRating}
            onChange={(taskRating) => change(id, { taskRating: (taskRating as TaskRating) ?? 'HTTNV' })}
            options={TASK_RATINGS.map((r) => ({ value: r, label: TASK_RATING_LABELS[r] }))}
          />
        </td>
        <td>
          {check ? (
            <div class={check.refused ? 'notice notice-error' : 'notice notice-ok'}>
              <strong>
                {check.refused && check.eligibility.verdictLabel !== 'Không đủ điều kiện'
                  ? 'Vượt chỉ tiêu'
                  : check.eligibility.verdictLabel}
              </strong>
              <ul>
                {check.eligibility.results
                  .filter((r) => r.status !== 'passed')
                  .map((r) => (
                    <li key={r.ruleId}>
                      {r.message} <span class="meta">({r.citation})</span>
                    </li>
                  ))}
                {check.quota ? (
                  <li>
                    {check.quota.allowed === null
                      ? 'Không giới hạn tỷ lệ.'
                      : `Chỉ tiêu ${check.quota.allowed}, đã dùng ${check.quota.takenBefore} trước dòng này.`}{' '}
                    <span class="meta">({check.quota.citation})</span>
                  </li>
                ) : null}
                {check.quota?.priority && check.quota.allowed !== null ? (
                  <li>
                    Thứ tự ưu tiên trong chỉ tiêu: {check.quota.priority.rank} (
                    {check.quota.priority.reasons.join('; ')}).
                  </li>
                ) : null}
              </ul>
            </div>
          ) : null}
        </td>
      </tr>
    );
  };
  return (
    <>
      <p>
        <Link href="/de-nghi">← Đề nghị của đơn vị</Link>
      </p>
      <h1>Lập danh sách đề nghị của đơn vị</h1>
      <p>
        Chọn hình thức cho từng người và cho tập thể đơn vị; hệ thống kiểm tra từng dòng (kèm căn cứ) và chỉ
        tiêu còn lại trước khi gửi. Mỗi người sau khi gửi là một hồ sơ riêng; cả danh sách dùng chung một tờ
        trình.
      </p>
      {sent ? (
        <Notice tone={sent.refused ? 'warn' : 'ok'} title={`Đã gửi ${sent.submitted} đề nghị`}>
          {sent.refused ? (
            <ul>
              {sent.rows
                .filter((r) => r.state !== 'submitted')
                .map((r) => (
                  <li key={r.row}>
                    {r.nomineeName}: {r.message} (giữ lại bản nháp để sửa)
                  </li>
                ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      <ApiErrorNotice error={staff.error ?? error} />
      <div class="grid-2">
        <TextField
          name="list-year"
          label="Năm thành tích"
          required
          value={year}
          onChange={(v) => setYear(v ?? '')}
        />
        <SelectField
          name="list-campaign"
          label="Phong trào thi đua"
          value={campaignId}
          empty="— Không gắn phong trào —"
          onChange={setCampaignId}
          options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.title ?? c.id }))}
        />
      </div>
      <fieldset>
        <legend>Tờ trình và tài liệu chung của danh sách</legend>
        <div class="grid-2">
          <TextField
            name="letter-number"
            label="Số tờ trình"
            value={docs.letterNumber}
            onChange={(letterNumber) => setDocs({ ...docs, letterNumber })}
          />
          <DateField
            name="letter-date"
            label="Ngày tờ trình"
            required
            value={docs.letterDate}
            onChange={(letterDate) => setDocs({ ...docs, letterDate })}
          />
          <SharedFile
            unitId={unitId}
            kind="proposal_letter"
            label="Tệp tờ trình"
            value={docs.letterFile}
            onChange={(letterFile) => setDocs({ ...docs, letterFile })}
          />
          <SharedFile
            unitId={unitId}
            kind="review_minutes"
            label="Tệp biên bản họp bình xét"
            value={docs.minutesFile}
            onChange={(minutesFile) => setDocs({ ...docs, minutesFile })}
          />
          <SharedFile
            unitId={unitId}
            kind="achievement_report"
            label="Tệp báo cáo thành tích, danh sách"
            value={docs.reportFile}
            onChange={(reportFile) => setDocs({ ...docs, reportFile })}
          />
        </div>
      </fieldset>
      <div class="actions">
        <button
          type="button"
          class="btn"
          onClick={() => {
            setChoices((c) =>
              Object.fromEntries([
                ...Object.entries(c),
                ...people
                  .filter((p) => !c[p.id]?.awardCode)
                  .map((p) => [p.id, { ...choiceOf(p.id), awardCode: 'LDTT' }]),
              ]),
            );
            setChecks(undefined);
          }}
        >
          Đề nghị Lao động tiên tiến cho tất cả cán bộ
        </button>
      </div>
      <div class="table-wrap">
        <table>
          <caption>Danh sách đề nghị ({chosen.length})</caption>
          <thead>
            <tr>
              <th scope="col">Cá nhân, tập thể</th>
              <th scope="col">Hình thức</th>
              <th scope="col">Xếp loại năm</th>
              <th scope="col">Kiểm tra</th>
            </tr>
          </thead>
          <tbody>
            {row(UNIT, 'Tập thể đơn vị', UNIT_AWARDS)}
            {people.map((p) => row(p.id, p.fullName, PERSON_AWARDS, p.position))}
          </tbody>
        </table>
      </div>
      {checks ? (
        <p role="status">
          Đã kiểm tra {checks.length} dòng: {checks.length - refused} có thể gửi, {refused} chưa đạt.
        </p>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="btn"
          disabled={busy || chosen.length === 0}
          onClick={() => void run(false)}
        >
          Kiểm tra danh sách
        </button>
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy || !checks}
          onClick={() => void run(true)}
        >
          Gửi danh sách ({chosen.length})
        </button>
      </div>
    </>
  );
}
