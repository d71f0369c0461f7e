import { useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/domain/forms/limits';
import { api } from '../api/client';
import type { CouncilMember, MeetingView, NominationSummary, Page } from '../api/types';
import { compareViNames, formatDate } from '../lib/format';
import { newIdempotencyKey } from '../lib/ids';
import { awardName } from '../lib/labels';
import { hasRole, useMe } from '../lib/me';
import { Link, navigate } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { TextField } from '../ui/inputs';
import { Notice } from '../ui/notice';

interface Council {
  readonly name: string;
  readonly members: readonly (CouncilMember & { votes?: boolean; position?: string; inForce?: boolean })[];
}

/** The secretariat opens a meeting: the agenda (accepted dossiers) and the members present. */
function OpenMeetingForm({ orgId }: { orgId: string }) {
  const council = useLoad(
    (signal) => api.get<Council>(`/organisations/${orgId}/council`, { signal }),
    [orgId],
  );
  const accepted = useLoad(
    (signal) =>
      api.get<Page<NominationSummary>>('/queues/council', {
        signal,
        query: { state: 'accepted', limit: 100 },
      }),
    [],
  );
  const [agenda, setAgenda] = useState<ReadonlySet<string>>(new Set());
  const [present, setPresent] = useState<ReadonlySet<string> | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState<string | undefined>();
  const key = useRef<string | undefined>(undefined);
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
    key.current ??= newIdempotencyKey();
    setBusy(true);
    setError(undefined);
    try {
      const meeting = await api.post<MeetingView>('/council/meetings', {
        body: { nominationIds: [...agenda], present: [...presentIds], ...(name ? { name } : {}) },
        idempotencyKey: key.current,
      });
      navigate(`/hoi-dong/${meeting.id}`);
    } catch (err) {
      key.current = undefined;
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const items = [...(accepted.data?.items ?? [])].sort((a, b) =>
    compareViNames(a.nominee.name, b.nominee.name),
  );
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="open-title">
      <h2 id="open-title">Mở phiên họp Hội đồng</h2>
      <TextField
        name="name"
        label="Tên hoặc số phiên họp"
        hint="Như biên bản ghi, ví dụ: Phiên họp số 3/2026. Không bắt buộc."
        value={name}
        onChange={(v) => {
          key.current = undefined;
          setName(v);
        }}
        maxLength={LIMITS.meetingName}
      />
      <fieldset>
        <legend>Chương trình: hồ sơ đã tiếp nhận ({items.length})</legend>
        {items.length === 0 ? <p>Chưa có hồ sơ nào được tiếp nhận.</p> : null}
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

/** The council's meetings; the secretariat opens new ones here. */
export function MeetingsScreen() {
  const me = useMe();
  const list = useLoad((signal) => api.get<Page<MeetingView>>('/council/meetings', { signal }), []);
  return (
    <>
      <h1>Họp Hội đồng Thi đua – Khen thưởng</h1>
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
                      <Link href={`/hoi-dong/${m.id}`}>
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
      {hasRole(me, 'council_secretary') && me.orgId ? <OpenMeetingForm orgId={me.orgId} /> : null}
      {hasRole(me, 'council_member') && !hasRole(me, 'council_secretary') ? (
        <Notice>Chọn một phiên họp đang diễn ra để bỏ phiếu.</Notice>
      ) : null}
    </>
  );
}
