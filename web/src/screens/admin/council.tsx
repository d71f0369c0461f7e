import { useState } from 'preact/hooks';
import { NewSeatSchema, SeatChangesSchema } from '../../../../shared/app/council/seat-inputs';
import { LIMITS } from '../../../../shared/domain/forms/limits';
import { ApiError, api } from '../../api/client';
import { loadAll } from '../../api/load-all';
import { formatDate, formatDateTime, sortByViName, todayInVietnam } from '../../lib/format';
import { setQueryParam, useQueryParam } from '../../lib/router';
import { useDraftForm } from '../../lib/use-draft-form';
import { useLoad } from '../../lib/use-load';
import { ApiErrorNotice } from '../../ui/api-error';
import { Dialog } from '../../ui/dialog';
import { Field, fieldId } from '../../ui/field';
import { DateField, DateInput, dateMessage, SelectField, TextField } from '../../ui/inputs';
import { Notice } from '../../ui/notice';
import {
  type CouncilView,
  FIELD_WORDS,
  SEAT_OPTIONS,
  type SeatChange,
  type SeatUser,
  type SeatView,
  termStatus,
} from './council-data';
import { type Directory, useDirectory } from './directory-data';

const shownBeside = (error: unknown) => error instanceof ApiError && error.issues.length > 0;

const term = (s: Pick<SeatView, 'from' | 'until'>) =>
  `${s.from ? `từ ${formatDate(s.from)}` : 'từ trước'}${s.until ? ` đến ${formatDate(s.until)}` : ' đến nay'}`;

function unitName(directory: Directory, unitId: string | undefined) {
  return directory.units.find((u) => u.id === unitId)?.name ?? '';
}

/** An admin seats a user: who, which seat, their office and unit, from which day. */
function SeatForm({
  organisationId,
  province,
  directory,
  users,
  onSeated,
}: {
  organisationId: string;
  province: boolean;
  directory: Directory;
  users: readonly SeatUser[];
  onSeated: (seat: SeatView) => void;
}) {
  const form = useDraftForm<{
    userId?: string;
    seat?: string;
    position?: string;
    unitId?: string;
    from?: string;
    until?: string;
  }>({ from: todayInVietnam() });
  const { values, set, issues, error, busy } = form;
  // A Sở's council is its own people; the provincial council seats people of any organisation.
  const candidates = sortByViName(
    users.filter((u) => u.enabled && (province || u.orgId === organisationId)),
    (u) => u.name,
  );
  const chosen = users.find((u) => u.id === values.userId);
  const unitOptions = directory.units
    .filter((u) => u.organisationId === (chosen?.orgId ?? organisationId))
    .map((u) => ({ value: u.id, label: u.name }));
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
    await form.send(
      NewSeatSchema,
      body,
      (valid, idempotencyKey) =>
        api.post<SeatView>(`/organisations/${encodeURIComponent(organisationId)}/council/members`, {
          body: valid,
          idempotencyKey,
        }),
      (seat) => {
        form.replace({ from: todayInVietnam() });
        onSeated(seat);
      },
      (invalid) => document.getElementById(fieldId(`seat-${Object.keys(invalid)[0] ?? ''}`))?.focus(),
    );
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label="Thêm thành viên Hội đồng">
      <h2>Thêm thành viên</h2>
      {shownBeside(error) ? null : <ApiErrorNotice error={error} />}
      <div class="grid-2">
        <SelectField
          name="seat-userId"
          label="Người dùng"
          hint={
            province
              ? 'Thành viên Hội đồng tỉnh có thể thuộc bất kỳ cơ quan nào.'
              : 'Người dùng của cơ quan này.'
          }
          error={issues.userId}
          required
          value={values.userId}
          empty="— Chọn người dùng —"
          onChange={(userId) => set({ userId, unitId: users.find((u) => u.id === userId)?.unitId })}
          options={candidates.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
        />
        <SelectField
          name="seat-seat"
          label="Vị trí trong Hội đồng"
          error={issues.seat}
          required
          value={values.seat}
          empty="— Chọn vị trí —"
          onChange={(seat) => set({ seat })}
          options={SEAT_OPTIONS}
        />
        <TextField
          name="seat-position"
          label="Chức vụ"
          hint="Ví dụ: Phó Giám đốc Sở"
          error={issues.position}
          value={values.position}
          onChange={(position) => set({ position })}
          maxLength={LIMITS.position}
        />
        <SelectField
          name="seat-unitId"
          label="Phòng, ban"
          hint="Để xác định trường hợp thành viên không biểu quyết đề nghị của đơn vị mình."
          error={issues.unitId}
          value={values.unitId}
          empty="— Không thuộc phòng, ban nào —"
          onChange={(unitId) => set({ unitId })}
          options={unitOptions}
        />
        <DateField
          name="seat-from"
          label="Từ ngày"
          error={issues.from}
          required
          value={values.from}
          onChange={(from) => set({ from })}
        />
        <DateField
          name="seat-until"
          label="Đến ngày"
          hint="Để trống nếu chưa xác định."
          error={issues.until}
          value={values.until}
          onChange={(until) => set({ until })}
        />
      </div>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Thêm vào Hội đồng'}
        </button>
      </div>
    </form>
  );
}

/** Changes a seat, or ends its term (`ending`): sent with the version read. */
function SeatDialog({
  organisationId,
  seat,
  ending,
  directory,
  onClose,
  onSaved,
}: {
  organisationId: string;
  seat: SeatView;
  ending: boolean;
  directory: Directory;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const form = useDraftForm({
    seat: seat.seat as string | undefined,
    position: seat.position,
    from: seat.from,
    until: ending ? todayInVietnam() : seat.until,
  });
  const { values, set, issues, error, busy } = form;
  const save = async () => {
    const changes: Record<string, unknown> = {};
    if (values.seat !== seat.seat) changes.seat = values.seat;
    if ((values.position ?? null) !== (seat.position ?? null)) changes.position = values.position ?? null;
    if (values.from && values.from !== seat.from) changes.from = values.from;
    if ((values.until ?? null) !== (seat.until ?? null)) changes.until = values.until ?? null;
    if (Object.keys(changes).length === 0) return form.setError(new Error('Chưa có thay đổi nào để lưu.'));
    await form.send(
      SeatChangesSchema,
      changes,
      (valid) =>
        api.patch(`/organisations/${encodeURIComponent(organisationId)}/council/members/${seat.memberId}`, {
          body: valid,
          version: seat.version,
        }),
      () =>
        onSaved(
          ending
            ? `${seat.name} thôi giữ ghế từ sau ngày ${formatDate(values.until)}.`
            : `Đã lưu ghế của ${seat.name}.`,
        ),
    );
  };
  const prefix = `edit-${seat.memberId}`;
  return (
    <Dialog open title={ending ? `Thôi giữ ghế: ${seat.name}` : `Sửa ghế: ${seat.name}`} onClose={onClose}>
      {shownBeside(error) ? null : <ApiErrorNotice error={error} onReload={() => onSaved('')} />}
      {ending ? (
        <p>
          Ghế được giữ đến hết ngày dưới đây; các phiên họp sau ngày đó không tính người này vào tổng số thành
          viên và số có mặt. Lịch sử của ghế vẫn được giữ.
        </p>
      ) : (
        <>
          <SelectField
            name={`${prefix}.seat`}
            label="Vị trí trong Hội đồng"
            error={issues.seat}
            required
            value={values.seat}
            onChange={(v) => set({ seat: v })}
            options={SEAT_OPTIONS}
          />
          <TextField
            name={`${prefix}.position`}
            label="Chức vụ"
            error={issues.position}
            value={values.position}
            onChange={(position) => set({ position })}
            maxLength={LIMITS.position}
          />
          <Field name={`${prefix}.from`} label="Từ ngày" error={dateMessage(issues.from)} required>
            {(c) => <DateInput control={c} value={values.from} onChange={(from) => set({ from })} />}
          </Field>
        </>
      )}
      <Field
        name={`${prefix}.until`}
        label={ending ? 'Giữ ghế đến hết ngày' : 'Đến ngày'}
        error={dateMessage(issues.until)}
        required={ending}
      >
        {(c) => <DateInput control={c} value={values.until} onChange={(until) => set({ until })} />}
      </Field>
      {!ending && seat.unitId ? <p class="hint">Phòng, ban: {unitName(directory, seat.unitId)}</p> : null}
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void save()}>
          {busy ? 'Đang lưu…' : ending ? 'Xác nhận thôi giữ ghế' : 'Lưu'}
        </button>
        <button type="button" class="btn" onClick={onClose}>
          Quay lại
        </button>
      </div>
    </Dialog>
  );
}

const describeValue = (field: string, value: unknown, directory: Directory) => {
  if (value === undefined || value === null || value === '') return '(trống)';
  if (field === 'seat') return SEAT_OPTIONS.find((o) => o.value === value)?.label ?? String(value);
  if (field === 'unitId') return unitName(directory, String(value)) || String(value);
  if (field === 'from' || field === 'until') return formatDate(String(value));
  return String(value);
};

/** Who seated, changed or unseated this member, when, and what changed. */
function HistoryDialog({
  organisationId,
  seat,
  directory,
  onClose,
}: {
  organisationId: string;
  seat: SeatView;
  directory: Directory;
  onClose: () => void;
}) {
  const changes = useLoad(
    (signal) =>
      loadAll<SeatChange>(
        `/organisations/${encodeURIComponent(organisationId)}/council/members/${seat.memberId}/changes`,
        signal,
      ),
    [seat.memberId],
  );
  return (
    <Dialog open title={`Lịch sử ghế: ${seat.name}`} onClose={onClose}>
      <ApiErrorNotice error={changes.error} />
      {changes.data ? (
        <ol class="change-log">
          {changes.data.map((c) => {
            const fields = Object.keys(FIELD_WORDS).filter(
              (f) => JSON.stringify(c.before?.[f]) !== JSON.stringify(c.after[f]),
            );
            return (
              <li key={c.at}>
                <strong>{formatDateTime(c.at)}</strong> · {c.actor.name ?? c.actor.userId} ·{' '}
                {c.action === 'create' ? 'xếp vào Hội đồng' : 'sửa'}
                <ul>
                  {fields.map((f) => (
                    <li key={f}>
                      {FIELD_WORDS[f]}:{' '}
                      {c.action === 'create'
                        ? describeValue(f, c.after[f], directory)
                        : `${describeValue(f, c.before?.[f], directory)} → ${describeValue(f, c.after[f], directory)}`}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      ) : (
        <p>Đang tải…</p>
      )}
      <div class="actions">
        <button type="button" class="btn" onClick={onClose}>
          Đóng
        </button>
      </div>
    </Dialog>
  );
}

/** The councils of the province and its Sở: who sits, in which seat, for which term. Admins only. */
export function CouncilAdminScreen() {
  const directory = useDirectory();
  const users = useLoad((signal) => loadAll<SeatUser>('/users', signal), []);
  const organisations = directory.data?.organisations ?? [];
  const orgId = useQueryParam('co-quan') || organisations[0]?.id || '';
  const organisation = organisations.find((o) => o.id === orgId);
  const council = useLoad(
    (signal) =>
      orgId
        ? api.get<CouncilView>(`/organisations/${encodeURIComponent(orgId)}/council`, { signal })
        : Promise.resolve(undefined),
    [orgId],
  );
  const [flash, setFlash] = useState<string | undefined>();
  const [open, setOpen] = useState<{ kind: 'edit' | 'end' | 'history'; seat: SeatView } | null>(null);
  const today = todayInVietnam();
  const saved = (message: string) => {
    setOpen(null);
    setFlash(message || undefined);
    council.reload();
  };
  const province = organisation?.level === 'province';
  const seats = council.data?.members ?? [];
  const voting = seats.filter((s) => s.inForce && s.votes).length;
  return (
    <>
      <h1>Hội đồng Thi đua – Khen thưởng</h1>
      <ApiErrorNotice error={directory.error ?? users.error} />
      {flash ? <Notice tone="ok">{flash}</Notice> : null}
      {directory.data ? (
        <SelectField
          name="co-quan"
          label="Hội đồng của"
          value={orgId || undefined}
          onChange={(v) => {
            setFlash(undefined);
            setQueryParam('co-quan', v ?? '');
          }}
          options={organisations.map((o) => ({
            value: o.id,
            label: o.level === 'province' ? `Tỉnh (${o.name})` : o.name,
          }))}
        />
      ) : null}
      <ApiErrorNotice error={council.error} />
      {council.data && directory.data ? (
        <section aria-labelledby="seats-title">
          <h2 id="seats-title">{council.data.name}</h2>
          <p>
            Đương nhiệm: {voting} thành viên biểu quyết. Tổng số thành viên của mỗi phiên họp là số thành viên
            biểu quyết đương nhiệm vào ngày họp.
          </p>
          {seats.length === 0 ? (
            <Notice tone="warn">Hội đồng chưa có thành viên nào; chưa thể mở phiên họp.</Notice>
          ) : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Họ và tên</th>
                    <th scope="col">Vị trí</th>
                    <th scope="col">Chức vụ</th>
                    <th scope="col">Phòng, ban</th>
                    <th scope="col">Nhiệm kỳ</th>
                    <th scope="col">Trạng thái</th>
                    <th scope="col">Thao tác</th>
                  </tr>
                </thead>
                <tbody>
                  {seats.map((s) => (
                    <tr key={s.memberId}>
                      <th scope="row">{s.name}</th>
                      <td>{s.seatLabel}</td>
                      <td>{s.position ?? ''}</td>
                      <td>{unitName(directory.data as Directory, s.unitId)}</td>
                      <td>{term(s)}</td>
                      <td>{termStatus(s, today)}</td>
                      <td class="row-actions">
                        <button
                          type="button"
                          class="btn"
                          aria-label={`Sửa ghế của ${s.name}`}
                          onClick={() => setOpen({ kind: 'edit', seat: s })}
                        >
                          Sửa
                        </button>
                        {s.inForce ? (
                          <button
                            type="button"
                            class="btn"
                            aria-label={`Cho ${s.name} thôi giữ ghế`}
                            onClick={() => setOpen({ kind: 'end', seat: s })}
                          >
                            Thôi giữ ghế
                          </button>
                        ) : null}
                        <button
                          type="button"
                          class="btn-link"
                          aria-label={`Lịch sử ghế của ${s.name}`}
                          onClick={() => setOpen({ kind: 'history', seat: s })}
                        >
                          Lịch sử
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {users.data ? (
            <SeatForm
              key={orgId}
              organisationId={orgId}
              province={province}
              directory={directory.data}
              users={users.data}
              onSeated={(s) => saved(`Đã thêm ${s.name} vào Hội đồng (${s.seatLabel}).`)}
            />
          ) : null}
        </section>
      ) : null}
      {open && directory.data && open.kind !== 'history' ? (
        <SeatDialog
          organisationId={orgId}
          seat={open.seat}
          ending={open.kind === 'end'}
          directory={directory.data}
          onClose={() => setOpen(null)}
          onSaved={saved}
        />
      ) : null}
      {open?.kind === 'history' && directory.data ? (
        <HistoryDialog
          organisationId={orgId}
          seat={open.seat}
          directory={directory.data}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
