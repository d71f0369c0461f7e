import * as z from 'zod/mini';
import { NewSeatSchema, SeatChangesSchema } from '../../app/council/seat-inputs';
import { LIMITS } from '../../domain/forms/limits';
import { identifier } from '../../domain/forms/text';
import { council, councilSeat, seatChangePage } from '../answers/council';
import { defineRoute, type Route } from '../route';
import { idParams, meetingRoutes } from './meeting-routes';

const COUNCIL_READERS = ['council_secretary', 'council_member', 'director'] as const;

/** The council of an organisation: chair, vice-chairs, secretary, members. */
export const getCouncil = defineRoute({
  id: 'get-council',
  method: 'GET',
  path: '/organisations/{id}/council',
  roles: [...COUNCIL_READERS, 'admin'],
  summary: 'Thành phần Hội đồng Thi đua – Khen thưởng của cơ quan',
  idempotent: false,
  ownedResource: true,
  params: idParams,
  successStatus: 200,
  response: council,
});

const seatParams = z.strictObject({ id: identifier(LIMITS.id), memberId: identifier(LIMITS.id) });

/**
 * An admin seats a user on an organisation's council for a term (the provincial council is the
 * province organisation's); audited with the seat in one transaction.
 */
export const seatCouncilMember = defineRoute({
  id: 'seat-council-member',
  method: 'POST',
  path: '/organisations/{id}/council/members',
  roles: ['admin'],
  summary: 'Thêm thành viên Hội đồng TĐKT: vị trí, chức vụ, nhiệm kỳ',
  idempotent: true,
  ownedResource: true,
  params: idParams,
  body: NewSeatSchema,
  etag: true,
  successStatus: 201,
  response: councilSeat,
});

/** Changes a seat's role, office, unit or term; an end date unseats. */
export const updateCouncilSeat = defineRoute({
  id: 'update-council-seat',
  method: 'PATCH',
  path: '/organisations/{id}/council/members/{memberId}',
  roles: ['admin'],
  summary: 'Sửa vị trí, chức vụ, nhiệm kỳ của thành viên Hội đồng; cho thôi giữ ghế',
  idempotent: false,
  ownedResource: true,
  params: seatParams,
  body: SeatChangesSchema,
  ifMatch: 'required',
  etag: true,
  successStatus: 200,
  response: councilSeat,
});

export const listCouncilSeatChanges = defineRoute({
  id: 'list-council-seat-changes',
  method: 'GET',
  path: '/organisations/{id}/council/members/{memberId}/changes',
  roles: ['admin'],
  summary: 'Nhật ký thay đổi một ghế trong Hội đồng: ai, khi nào, trước và sau',
  idempotent: false,
  ownedResource: true,
  params: seatParams,
  query: z.strictObject({
    cursor: z.optional(z.string().check(z.maxLength(2048))),
    limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
  }),
  successStatus: 200,
  response: seatChangePage,
});

const meetings = meetingRoutes({
  idInfix: '',
  meetings: '/council/meetings',
  roles: {
    open: ['council_secretary'],
    read: COUNCIL_READERS,
    vote: ['council_member'],
    // The chair (a council member's seat) may close too; the use case checks the seat.
    close: ['council_secretary', 'council_member'],
  },
  summaries: {
    open: 'Mở phiên họp Hội đồng: thành viên có mặt, danh sách đề nghị đưa ra biểu quyết',
    list: 'Các phiên họp Hội đồng của cơ quan',
    get: 'Phiên họp Hội đồng: thành viên, chương trình, phiếu đã bỏ, kết quả kiểm phiếu',
    vote: 'Bỏ phiếu cho một đề nghị trong phiên họp',
    conflict: 'Thành viên khai báo xung đột lợi ích với một đề nghị và không tham gia biểu quyết',
    close: 'Kết thúc phiên họp, kiểm phiếu và ghi nhận kết quả',
  },
});

/** The secretariat opens a meeting: members present and the agenda (each nomination → in_council). */
export const openMeeting = meetings.open;
export const listMeetings = meetings.list;
export const getMeeting = meetings.get;
/** A council member votes on one agenda item (open or secret ballot as configured). */
export const castVote = meetings.vote;
/** A council member declares a conflict of interest on an agenda item and stands aside. */
export const declareConflict = meetings.conflict;
/** The secretariat closes the meeting and tallies each item against quorum and threshold. */
export const closeMeeting = meetings.close;

/** Routes of this area, in the order the OpenAPI document lists them. */
export const COUNCIL_ROUTES: readonly Route[] = [
  getCouncil,
  seatCouncilMember,
  updateCouncilSeat,
  listCouncilSeatChanges,
  openMeeting,
  listMeetings,
  getMeeting,
  castVote,
  declareConflict,
  closeMeeting,
];
