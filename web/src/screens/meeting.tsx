import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { AgendaItemView, Fraction, MeetingView, TallyView, VotingPolicy } from '../api/types';
import { MeetingFiles } from '../files/meeting-files';
import { type BulkResult, runBulk } from '../lib/bulk';
import { downloadMinutesDocx } from '../lib/export-docx';
import { compareViNames, formatDate } from '../lib/format';
import { awardName } from '../lib/labels';
import { useMe } from '../lib/me';
import { Link } from '../lib/router';
import { useAction } from '../lib/use-action';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { BulkNotice } from '../ui/bulk-notice';
import { Dialog } from '../ui/dialog';
import { Notice } from '../ui/notice';
import { type CouncilLevelUi, DEPARTMENT_COUNCIL_UI, PROVINCE_COUNCIL_UI } from './council-level';

const CHOICES = { approve: 'Đồng ý', reject: 'Không đồng ý', abstain: 'Không biểu quyết' } as const;
type Choice = keyof typeof CHOICES;

/** What a threshold is a share of, in the quy chế's words. */
const DENOMINATOR_WORDS: Readonly<Record<VotingPolicy['denominator'], string>> = {
  all_members: 'tổng số thành viên Hội đồng',
  eligible_members: 'tổng số thành viên, không kể thành viên không tham gia biểu quyết',
  present_members: 'số thành viên dự họp',
};

/** A share as people write it: one decimal at most, decimal comma (66,7 %). */
const percent = (f: Fraction) => `${String(Math.round((f.num / f.den) * 1000) / 10).replace('.', ',')} %`;

function TallyBlock({ tally, policy }: { tally: TallyView; policy: VotingPolicy }) {
  return (
    <div class={`notice ${tally.outcome === 'passed' ? 'notice-ok' : 'notice-error'}`}>
      <p>
        <strong>Kết quả: {tally.outcomeLabel}</strong>
      </p>
      <dl class="facts">
        <dt>Có mặt</dt>
        <dd>
          {tally.presentCount}/{tally.memberCount} thành viên (tối thiểu {percent(tally.quorum)}:{' '}
          {tally.quorumReached ? 'đạt' : 'không đạt'})
        </dd>
        <dt>Đồng ý</dt>
        <dd>
          {tally.approvals}/{tally.denominator} = {percent(tally.ratio)}{' '}
          {DENOMINATOR_WORDS[policy.denominator]} (cần {percent(tally.threshold)})
          {tally.recusedCount > 0 && policy.denominator === 'all_members'
            ? `; kể cả ${tally.recusedCount} thành viên không tham gia biểu quyết vì liên quan đến người được đề nghị${
                tally.declaredCount ? ` (${tally.declaredCount} tự khai báo xung đột lợi ích)` : ''
              }`
            : ''}
        </dd>
        <dt>Không đồng ý / không biểu quyết</dt>
        <dd>
          {tally.rejections} / {tally.abstentions}
        </dd>
        <dt>Số thành viên đã bỏ phiếu</dt>
        <dd>
          {tally.voters.length}
          {tally.ballot === 'secret' ? ' (bỏ phiếu kín: không ghi ai chọn gì)' : ''}
        </dd>
      </dl>
      {tally.roll ? (
        <ul>
          {tally.roll.map((v) => (
            <li key={v.memberId}>
              {v.name}: {CHOICES[v.choice as Choice] ?? v.choice}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * A member stands aside from one item, with the reason the minutes keep. Like a vote it cannot be
 * undone: it takes the member's one place on the item.
 */
function ConflictDialog({
  open,
  path,
  item,
  onClose,
  onDeclared,
}: {
  open: boolean;
  path: string;
  item: AgendaItemView;
  onClose: () => void;
  onDeclared: () => void;
}) {
  const [reason, setReason] = useState('');
  const { busy, error, run } = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    await run(
      (idempotencyKey) =>
        api.post(path, { body: { nominationId: item.nominationId, reason }, idempotencyKey }),
      () => {
        setReason('');
        onDeclared();
      },
    );
  };
  const fieldId = `conflict-${item.nominationId}`;
  return (
    <Dialog open={open} title="Khai báo xung đột lợi ích" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <p>
          Bạn sẽ không tham gia biểu quyết đề nghị <strong>{item.nomineeName}</strong>. Lý do được ghi vào
          biên bản; sau khi khai báo, không thể bỏ phiếu cho đề nghị này.
        </p>
        <div class="field">
          <label for={fieldId}>Lý do (ví dụ: quan hệ gia đình, công tác với người được đề nghị)</label>
          <textarea
            id={fieldId}
            required
            minLength={5}
            maxLength={2000}
            rows={3}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </div>
        <ApiErrorNotice error={error} />
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            Xác nhận không tham gia biểu quyết
          </button>
          <button type="button" class="btn" onClick={onClose}>
            Quay lại
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** One agenda item: the member's vote (secret ballots confirmed first), or the tally once closed. */
function AgendaItem({
  ui,
  meeting,
  item,
  onVoted,
}: {
  ui: CouncilLevelUi;
  meeting: MeetingView;
  item: AgendaItemView;
  onVoted: () => void;
}) {
  const me = useMe();
  const [confirm, setConfirm] = useState<Choice | undefined>();
  const { busy, error, run } = useAction();
  const [declaring, setDeclaring] = useState(false);
  const voted = item.voters.some((v) => v.memberId === me.userId);
  const recused = item.recused.some((r) => r.memberId === me.userId);
  const declared = item.conflicts.find((c) => c.memberId === me.userId);
  const isMember = meeting.members.some((m) => m.memberId === me.userId && m.present);
  // The seat decides: a meeting's members are its voting seats (the API checks the same).
  const canVote = meeting.status === 'open' && isMember && !voted && !recused && !declared;
  const cast = (choice: Choice) =>
    run(
      (idempotencyKey) =>
        api.post(`${ui.apiBase}/${meeting.id}/votes`, {
          body: { nominationId: item.nominationId, choice },
          idempotencyKey,
        }),
      () => {
        setConfirm(undefined);
        onVoted();
      },
    );
  const secret = item.ballot === 'secret';
  return (
    <article class="card" aria-labelledby={`item-${item.nominationId}`}>
      <h2 id={`item-${item.nominationId}`}>
        <Link href={`/de-nghi/${item.nominationId}`}>{item.nomineeName}</Link> — {awardName(item.awardCode)}
      </h2>
      <p class="meta">
        {secret ? 'Bỏ phiếu kín' : 'Biểu quyết công khai'} · thông qua khi đạt{' '}
        {percent(item.policy.threshold)} {DENOMINATOR_WORDS[item.policy.denominator]} · đã bỏ phiếu{' '}
        {item.voters.length}
      </p>
      {recused ? (
        <Notice tone="warn">
          Bạn không tham gia biểu quyết đề nghị này (có liên quan đến người được đề nghị).
        </Notice>
      ) : null}
      {voted ? <Notice tone="ok">Bạn đã bỏ phiếu cho đề nghị này.</Notice> : null}
      {declared ? (
        <Notice tone="warn">
          Bạn đã khai báo xung đột lợi ích và không tham gia biểu quyết đề nghị này. Lý do: {declared.reason}
        </Notice>
      ) : null}
      {item.conflicts.length > 0 ? (
        <div class="meta">
          <p>Thành viên khai báo xung đột lợi ích (không biểu quyết):</p>
          <ul>
            {item.conflicts.map((c) => (
              <li key={c.memberId}>
                {c.name}: {c.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {item.votes && meeting.status === 'open' ? (
        <p class="meta">
          Đã biểu quyết:{' '}
          {item.votes.map((v) => `${v.name} (${CHOICES[v.choice as Choice] ?? v.choice})`).join(', ') ||
            'chưa có'}
        </p>
      ) : null}
      {canVote ? (
        <fieldset class="actions">
          <legend class="visually-hidden">Biểu quyết cho {item.nomineeName}</legend>
          {(Object.keys(CHOICES) as Choice[]).map((choice) => (
            <button
              key={choice}
              type="button"
              class={`btn ${choice === 'approve' ? 'btn-primary' : choice === 'reject' ? 'btn-danger' : ''}`}
              disabled={busy}
              onClick={() => (secret ? setConfirm(choice) : void cast(choice))}
            >
              {CHOICES[choice]}
            </button>
          ))}
          <button type="button" class="btn btn-link" disabled={busy} onClick={() => setDeclaring(true)}>
            Khai báo xung đột lợi ích
          </button>
        </fieldset>
      ) : null}
      <ConflictDialog
        open={declaring}
        path={`${ui.apiBase}/${meeting.id}/conflicts`}
        item={item}
        onClose={() => setDeclaring(false)}
        onDeclared={() => {
          setDeclaring(false);
          onVoted();
        }}
      />
      <ApiErrorNotice error={error} />
      {item.tally ? <TallyBlock tally={item.tally} policy={item.policy} /> : null}
      <Dialog open={confirm !== undefined} title="Xác nhận phiếu kín" onClose={() => setConfirm(undefined)}>
        <p>
          Bạn chọn: <strong>{confirm ? CHOICES[confirm] : ''}</strong> cho {item.nomineeName}.
        </p>
        <p>
          Đây là bỏ phiếu kín: phiếu của bạn{' '}
          <strong>được tính vào kết quả nhưng không được lưu gắn với tên bạn</strong>. Hệ thống chỉ ghi nhận
          rằng bạn đã bỏ phiếu, để mỗi thành viên chỉ bỏ một phiếu. Sau khi xác nhận, không thể sửa phiếu.
        </p>
        <ApiErrorNotice error={error} />
        <div class="actions">
          <button
            type="button"
            class="btn btn-primary"
            disabled={busy}
            onClick={() => confirm && void cast(confirm)}
          >
            Xác nhận bỏ phiếu
          </button>
          <button type="button" class="btn" onClick={() => setConfirm(undefined)}>
            Quay lại
          </button>
        </div>
      </Dialog>
    </article>
  );
}

/** The items this member, present, may still vote on: not recused, not voted, not declared. */
function remainingForMe(m: MeetingView, userId: string): AgendaItemView[] {
  const seat = m.members.find((member) => member.memberId === userId);
  if (m.status !== 'open' || !seat) return [];
  return m.agenda.filter(
    (item) =>
      seat.present &&
      ![...item.voters, ...item.recused, ...item.conflicts].some((v) => v.memberId === userId),
  );
}

/**
 * A member agrees to every item left to them, after one confirmation that lists them; each vote
 * is its own (secret ballots stay secret, one refusal leaves the others cast).
 */
function AgreeAll({
  ui,
  meeting,
  items,
  onDone,
}: {
  ui: CouncilLevelUi;
  meeting: MeetingView;
  items: readonly AgendaItemView[];
  onDone: (result: BulkResult) => void;
}) {
  const [open, setOpen] = useState(false);
  const [progress, setProgress] = useState<number | undefined>();
  const agree = async () => {
    setProgress(0);
    const { ok, failed } = await runBulk(
      items.map((item) => ({ ...item, nominee: { name: item.nomineeName } })),
      (item, idempotencyKey) =>
        api.post(`${ui.apiBase}/${meeting.id}/votes`, {
          body: { nominationId: item.nominationId, choice: 'approve' },
          idempotencyKey,
        }),
      setProgress,
    );
    setProgress(undefined);
    setOpen(false);
    onDone({ title: 'Biểu quyết đồng ý', done: 'bỏ phiếu đồng ý cho', ok, failed });
  };
  const secret = items.some((item) => item.ballot === 'secret');
  return (
    <>
      <div class="actions">
        <button type="button" class="btn" onClick={() => setOpen(true)}>
          Đồng ý tất cả {items.length} đề nghị còn lại
        </button>
      </div>
      <Dialog
        open={open}
        title={`Đồng ý tất cả ${items.length} đề nghị còn lại?`}
        onClose={() => setOpen(false)}
      >
        <p>Bạn bỏ phiếu “Đồng ý” cho:</p>
        <ul>
          {items.map((item) => (
            <li key={item.nominationId}>
              {item.nomineeName} — {awardName(item.awardCode)}
              {item.ballot === 'secret' ? ' (bỏ phiếu kín)' : ''}
            </li>
          ))}
        </ul>
        {secret ? (
          <p>
            Với đề nghị bỏ phiếu kín, phiếu được tính vào kết quả nhưng không được lưu gắn với tên bạn. Sau
            khi xác nhận, không thể sửa phiếu.
          </p>
        ) : (
          <p>Sau khi xác nhận, không thể sửa phiếu.</p>
        )}
        {progress !== undefined ? (
          <p role="status">
            Đã bỏ {progress}/{items.length} phiếu…
          </p>
        ) : null}
        <div class="actions">
          <button
            type="button"
            class="btn btn-primary"
            disabled={progress !== undefined}
            onClick={() => void agree()}
          >
            Xác nhận đồng ý tất cả
          </button>
          <button type="button" class="btn" onClick={() => setOpen(false)}>
            Quay lại
          </button>
        </div>
      </Dialog>
    </>
  );
}

/** Whether the user holds the chair of this meeting (the chair presides and may close it). */
const chairs = (m: MeetingView, userId: string) =>
  m.members.some((member) => member.memberId === userId && member.seat === 'chair');

/**
 * Who has yet to vote on each item: the members present (a meeting's members are its voting
 * seats) who are not recused, less those who voted. Closing ends their chance to.
 */
function missingVotes(m: MeetingView): { item: AgendaItemView; missing: string[] }[] {
  const voting = m.members.filter((member) => member.present);
  return m.agenda.map((item) => {
    const done = new Set([...item.voters, ...item.recused, ...item.conflicts].map((v) => v.memberId));
    const missing = voting.filter((member) => !done.has(member.memberId)).map((x) => x.name);
    return { item, missing: missing.sort(compareViNames) };
  });
}

/**
 * A council meeting: agenda, votes, and for the convener or the chair the closing tally against
 * quorum and threshold.
 */
function MeetingPage({ ui, id }: { ui: CouncilLevelUi; id: string }) {
  const me = useMe();
  const meeting = useLoad((signal) => api.get<MeetingView>(`${ui.apiBase}/${id}`, { signal }), [id]);
  const { busy, error, run } = useAction();
  const [confirmClose, setConfirmClose] = useState(false);
  const [agreed, setAgreed] = useState<BulkResult | undefined>();
  if (meeting.error && !meeting.data) return <ApiErrorNotice error={meeting.error} />;
  if (!meeting.data) return <p>Đang tải…</p>;
  const m = meeting.data;
  const missing = missingVotes(m);
  const mine = remainingForMe(m, me.userId);
  const close = () =>
    run(
      (idempotencyKey) => api.post(`${ui.apiBase}/${m.id}/close`, { idempotencyKey }),
      () => {
        setConfirmClose(false);
        meeting.reload();
      },
    );
  return (
    <>
      <p>
        <Link href={ui.screenBase}>← Các phiên họp</Link>
      </p>
      <h1>
        {m.name
          ? `${m.name} — ngày ${formatDate(m.heldOn)}`
          : `${ui.meetingWord} ngày ${formatDate(m.heldOn)}`}
      </h1>
      <p>
        <span class={`badge ${m.status === 'open' ? 'badge-wait' : 'badge-ok'}`}>{m.statusLabel}</span>{' '}
        <span class="meta">
          Có mặt {m.members.filter((x) => x.present).length}/{m.members.length} thành viên:{' '}
          {m.members
            .filter((x) => x.present)
            .map((x) => x.name)
            .join(', ')}
        </span>
      </p>
      {agreed ? <BulkNotice result={agreed} /> : null}
      {mine.length > 1 ? (
        <AgreeAll
          ui={ui}
          meeting={m}
          items={mine}
          onDone={(result) => {
            setAgreed(result);
            meeting.reload();
          }}
        />
      ) : null}
      {m.agenda.map((item) => (
        <AgendaItem key={item.nominationId} ui={ui} meeting={m} item={item} onVoted={meeting.reload} />
      ))}
      {m.status === 'closed' ? (
        <MeetingRecords meeting={m}>
          <MeetingFiles base={`${ui.apiBase}/${m.id}`} canAttach={ui.canConvene(me)} />
        </MeetingRecords>
      ) : null}
      {m.status === 'open' && (ui.canConvene(me) || chairs(m, me.userId)) ? (
        <div class="actions">
          <button type="button" class="btn btn-primary" disabled={busy} onClick={() => setConfirmClose(true)}>
            Kết thúc phiên họp và kiểm phiếu
          </button>
        </div>
      ) : null}
      <Dialog
        open={confirmClose}
        title="Kết thúc phiên họp và kiểm phiếu?"
        onClose={() => setConfirmClose(false)}
      >
        <p>
          Sau khi kết thúc, không ai bỏ phiếu được nữa; hệ thống kiểm phiếu và ghi nhận kết quả từng đề nghị.
        </p>
        {missing.some((x) => x.missing.length > 0) ? (
          <Notice tone="warn" title="Còn thành viên có mặt chưa bỏ phiếu">
            <ul>
              {missing
                .filter((x) => x.missing.length > 0)
                .map(({ item, missing: names }) => (
                  <li key={item.nominationId}>
                    {item.nomineeName}: đã bỏ {item.voters.length} phiếu, chưa bỏ: {names.join(', ')}
                  </li>
                ))}
            </ul>
            <p>Phiếu chưa bỏ không được tính là tán thành.</p>
          </Notice>
        ) : (
          <p>Mọi thành viên có mặt đã bỏ phiếu cho mọi đề nghị.</p>
        )}
        <ApiErrorNotice error={error} />
        <div class="actions">
          <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void close()}>
            Kết thúc và kiểm phiếu
          </button>
          <button type="button" class="btn" onClick={() => setConfirmClose(false)}>
            Quay lại
          </button>
        </div>
      </Dialog>
      {confirmClose ? null : <ApiErrorNotice error={error} onReload={meeting.reload} />}
    </>
  );
}

/** A closed meeting's records, drafted from it: the biên bản họp and the biên bản kiểm phiếu (.docx). */
function MeetingRecords({ meeting, children }: { meeting: MeetingView; children: ComponentChildren }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const download = async (kind: 'minutes' | 'tally') => {
    setBusy(true);
    setError(undefined);
    try {
      await downloadMinutesDocx(meeting, kind);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="meeting-records">
      <h2 id="meeting-records">Biên bản</h2>
      <p class="meta">
        Dự thảo theo Nghị định 30/2020/NĐ-CP từ kết quả phiên họp đã ghi nhận; Thư ký và Chủ tịch Hội đồng
        kiểm tra rồi ký bản in.
      </p>
      <ApiErrorNotice error={error} />
      <div class="actions">
        <button type="button" class="btn" disabled={busy} onClick={() => void download('minutes')}>
          Tải biên bản họp (.docx)
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => void download('tally')}>
          Tải biên bản kiểm phiếu (.docx)
        </button>
      </div>
      {children}
    </section>
  );
}

export function MeetingScreen({ params }: { params: Record<string, string> }) {
  return <MeetingPage ui={DEPARTMENT_COUNCIL_UI} id={params.id ?? ''} />;
}

export function ProvinceMeetingScreen({ params }: { params: Record<string, string> }) {
  return <MeetingPage ui={PROVINCE_COUNCIL_UI} id={params.id ?? ''} />;
}
