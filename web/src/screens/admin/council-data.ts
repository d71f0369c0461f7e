import type { CouncilSeat } from '../../../../shared/store/ports/council-repositories';
import type { CouncilMember, CouncilSeatChange, CouncilView, UserView } from '../../api/types';

/** A seat as `GET /organisations/{id}/council` answers it. */
export type SeatView = CouncilMember;
export type { CouncilView };

/** A user as `GET /users` lists them. */
export type SeatUser = UserView;

export type SeatChange = CouncilSeatChange;

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
