import { useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/domain/forms/limits';
import { api } from '../api/client';
import type { CouncilView, MeetingView, Page } from '../api/types';
import { compareViNames, formatDate } from '../lib/format';
import { awardName } from '../lib/labels';
import { hasRole, useMe } from '../lib/me';
import { Link, navigate } from '../lib/router';
import { useAction } from '../lib/use-action';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { TextField } from '../ui/inputs';
import { Notice } from '../ui/notice';
import { type CouncilLevelUi, DEPARTMENT_COUNCIL_UI, PROVINCE_COUNCIL_UI } from './council-level';

type Council = CouncilView;

/** The secretariat opens a meeting: the agenda (accepted dossiers) and the members present. */
function OpenMeetingForm({ ui, councilPath }: { ui: CouncilLevelUi; councilPath: string }) {
  const council = useLoad((signal) => api.get<Council>(councilPath, { signal }), [councilPath]);
  const accepted = useLoad((signal) => ui.loadAgenda(signal), [ui.level]);
  const [agenda, setAgenda] = useState<ReadonlySet<string>>(new Set());
  const [present, setPresent] = useState<ReadonlySet<string> | undefined>();
  const [name, setName] = useState<string | undefined>();
  const { busy, error, run, reset } = useAction();
  // The voting seats held today: the meeting's members and quorum.
  const voting = (council.data?.members ?? []).filter((m) => m.votes !== false && m.inForce !== false);
  const presentIds = present ?? new Set(voting.map((m) => m.memberId));
  const toggle = (set: ReadonlySet<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    await run(
      (idempotencyKey) =>
        api.post<MeetingView>(ui.apiBase, {
          body: { nominationIds: [...agenda], present: [...presentIds], ...(name ? { name } : {}) },
          idempotencyKey,
        }),
      (meeting) => navigate(`${ui.screenBase}/${meeting.id}`),
    );
  };
  const items = [...(accepted.data ?? [])].sort((a, b) => compareViNames(a.nominee.name, b.nominee.name));
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="open-title">
      <h2 id="open-title">Mở {ui.meetingWord.charAt(0).toLowerCase() + ui.meetingWord.slice(1)}</h2>
      <TextField
        name="name"
        label="Tên hoặc số phiên họp"
        hint="Như biên bản ghi, ví dụ: Phiên họp số 3/2026. Không bắt buộc."
        value={name}
        onChange={(v) => {
          reset();
          setName(v);
        }}
        maxLength={LIMITS.meetingName}
      />
      <fieldset>
        <legend>
          {ui.agendaLegend} ({items.length})
        </legend>
        {accepted.error ? <ApiErrorNotice error={accepted.error} /> : null}
        {items.length === 0 ? <p>{ui.emptyAgenda}</p> : null}
        {items.length > 1 ? (
          <div class="check">
            <input
              type="checkbox"
              id="agenda-all"
              checked={items.every((n) => agenda.has(n.id))}
              onChange={(e) =>
                setAgenda(e.currentTarget.checked ? new Set(items.map((n) => n.id)) : new Set())
              }
            />
            <label for="agenda-all">Đưa tất cả {items.length} đề nghị vào chương trình họp</label>
          </div>
        ) : null}
        {items.map((n) => (
          <div class="check" key={n.id}>
            <input
              type="checkbox"
              id={`agenda-${n.id}`}
              checked={agenda.has(n.id)}
              onChange={(e) => setAgenda(toggle(agenda, n.id, e.currentTarget.checked))}
            />
            <label for={`agenda-${n.id}`}>
              {n.nominee.name} — {awardName(n.awardCode)}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Thành viên có mặt</legend>
        {voting.map((m) => (
          <div class="check" key={m.memberId}>
            <input
              type="checkbox"
              id={`present-${m.memberId}`}
              checked={presentIds.has(m.memberId)}
              onChange={(e) => setPresent(toggle(presentIds, m.memberId, e.currentTarget.checked))}
            />
            <label for={`present-${m.memberId}`}>
              {m.name} — {m.seatLabel ?? m.seat}
            </label>
          </div>
        ))}
      </fieldset>
      <ApiErrorNotice error={error} />
      <button type="submit" class="btn btn-primary" disabled={busy || agenda.size === 0}>
        Mở phiên họp và đưa ra biểu quyết
      </button>
    </form>
  );
}

/** A council's meetings (a Sở's or the province's); its convener opens new ones here. */
function MeetingsList({ ui }: { ui: CouncilLevelUi }) {
  const me = useMe();
  const list = useLoad((signal) => api.get<Page<MeetingView>>(ui.apiBase, { signal }), [ui.level]);
  const councilPath = ui.councilPath(me);
  return (
    <>
      <h1>{ui.heading}</h1>
      <ApiErrorNotice error={list.error} />
      {list.data ? (
        list.data.items.length === 0 ? (
          <p>Chưa có phiên họp nào.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption>Các phiên họp</caption>
              <thead>
                <tr>
                  <th scope="col">Phiên họp</th>
                  <th scope="col">Số đề nghị</th>
                  <th scope="col">Tình trạng</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <Link href={`${ui.screenBase}/${m.id}`}>
                        {m.name
                          ? `${m.name} (${formatDate(m.heldOn)})`
                          : `Phiên họp ngày ${formatDate(m.heldOn)}`}
                      </Link>
                    </td>
                    <td>{m.agenda.length}</td>
                    <td>
                      <span class={`badge ${m.status === 'open' ? 'badge-wait' : 'badge-ok'}`}>
                        {m.statusLabel}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : (
        <p>Đang tải…</p>
      )}
      {ui.canConvene(me) && councilPath ? <OpenMeetingForm ui={ui} councilPath={councilPath} /> : null}
      {!ui.canConvene(me) ? <Notice>Chọn một phiên họp đang diễn ra để bỏ phiếu.</Notice> : null}
      {ui.level === 'department' && hasRole(me, 'council_member') ? <ProvinceSeatLink /> : null}
    </>
  );
}

/** A Sở's member who also holds a seat on the provincial council finds its meetings from here. */
function ProvinceSeatLink() {
  const seat = useLoad(
    // 404 unless they hold a seat there: then nothing is shown.
    (signal) => api.get<Council>('/province/council', { signal }).catch(() => undefined),
    [],
  );
  return seat.data ? (
    <p>
      Anh/chị là thành viên {seat.data.name}:{' '}
      <Link href={PROVINCE_COUNCIL_UI.screenBase}>các phiên họp của Hội đồng tỉnh</Link>.
    </p>
  ) : null;
}

export function MeetingsScreen() {
  return <MeetingsList ui={DEPARTMENT_COUNCIL_UI} />;
}

export function ProvinceMeetingsScreen() {
  return <MeetingsList ui={PROVINCE_COUNCIL_UI} />;
}
