import type { CouncilSeat } from '../../../../shared/store/ports/council-repositories';
import type { DirectoryUser } from '../../../../shared/users/user-directory';

/** A seat as `GET /organisations/{id}/council` answers it (`memberView`). */
export interface SeatView {
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  readonly seat: CouncilSeat;
  readonly seatLabel: string;
  readonly votes: boolean;
  readonly position?: string;
  readonly unitId?: string;
  readonly from?: string;
  readonly until?: string;
  readonly inForce: boolean;
  readonly version: number;
}

export interface CouncilView {
  readonly organisationId: string;
  readonly name: string;
  readonly members: readonly SeatView[];
}

/** A user as `GET /users` lists them. */
export type SeatUser = DirectoryUser;

export interface SeatChange {
  readonly action: 'create' | 'update';
  readonly at: string;
  readonly actor: { readonly userId: string; readonly name?: string };
  readonly before?: Readonly<Record<string, unknown>>;
  readonly after: Readonly<Record<string, unknown>>;
}

export const SEAT_OPTIONS: readonly { value: CouncilSeat; label: string }[] = [
  { value: 'chair', label: 'Chủ tịch Hội đồng' },
  { value: 'vice_chair', label: 'Phó Chủ tịch Hội đồng' },
  { value: 'member', label: 'Ủy viên' },
  { value: 'secretary', label: 'Thư ký (thường trực), không biểu quyết' },
];

/** "Đương nhiệm", or why not, for the seat's term on `today`. */
export function termStatus(seat: SeatView, today: string): string {
  if (seat.inForce) return 'Đương nhiệm';
  if (seat.from && seat.from > today) return 'Chưa đến nhiệm kỳ';
  return 'Đã thôi';
}

/** The fields a change log entry names, in words. */
export const FIELD_WORDS: Readonly<Record<string, string>> = {
  seat: 'Vị trí',
  position: 'Chức vụ',
  unitId: 'Phòng, ban',
  from: 'Từ ngày',
  until: 'Đến ngày',
  name: 'Họ và tên',
};
