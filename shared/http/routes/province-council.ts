import { council } from '../answers/council';
import { defineRoute, type Route } from '../route';
import { meetingRoutes } from './meeting-routes';

/**
 * The provincial council (Hội đồng TĐKT tỉnh): the same meetings, ballots and tallies as a Sở's
 * council (`./council.ts`), convened by the Ban TĐKT tỉnh for forwarded nominations the rule set
 * sends to it (CSTĐ cấp tỉnh, Cờ thi đua, national awards). A seat, not the organisation, lets a
 * member in: its seats may be held by people of any organisation.
 */
const READERS = ['province_officer', 'province_leader', 'council_member'] as const;

export const getProvinceCouncil = defineRoute({
  id: 'get-province-council',
  method: 'GET',
  path: '/province/council',
  roles: [...READERS],
  summary: 'Thành phần Hội đồng Thi đua – Khen thưởng tỉnh',
  idempotent: false,
  ownedResource: false,
  successStatus: 200,
  response: council,
});

const meetings = meetingRoutes({
  idInfix: 'province-',
  meetings: '/province/council/meetings',
  roles: {
    open: ['province_officer'],
    read: READERS,
    vote: ['province_leader', 'council_member', 'province_officer'],
    // The chair (Chủ tịch UBND tỉnh) may close too; the use case checks the seat.
    close: ['province_officer', 'province_leader', 'council_member'],
  },
  summaries: {
    open: 'Mở phiên họp Hội đồng TĐKT tỉnh: thành viên có mặt, danh sách đề nghị đưa ra biểu quyết',
    list: 'Các phiên họp Hội đồng TĐKT tỉnh',
    get: 'Phiên họp Hội đồng TĐKT tỉnh: thành viên, chương trình, phiếu đã bỏ, kết quả kiểm phiếu',
    vote: 'Bỏ phiếu cho một đề nghị trong phiên họp Hội đồng TĐKT tỉnh',
    conflict: 'Thành viên Hội đồng TĐKT tỉnh khai báo xung đột lợi ích với một đề nghị',
    close: 'Kết thúc phiên họp Hội đồng TĐKT tỉnh, kiểm phiếu và ghi nhận kết quả',
  },
});

/** The Ban TĐKT opens a meeting: members present, agenda (each nomination → in_province_council). */
export const openProvinceMeeting = meetings.open;
export const listProvinceMeetings = meetings.list;
export const getProvinceMeeting = meetings.get;
/** A member of the provincial council votes (the seat decides; the roles only let them reach it). */
export const castProvinceVote = meetings.vote;
/** A member of the provincial council declares a conflict of interest on an agenda item. */
export const declareProvinceConflict = meetings.conflict;
/** The Ban TĐKT closes the meeting: each item → province_approved or province_rejected. */
export const closeProvinceMeeting = meetings.close;

/** Routes of this area, in the order the OpenAPI document lists them. */
export const PROVINCE_COUNCIL_ROUTES: readonly Route[] = [
  getProvinceCouncil,
  openProvinceMeeting,
  listProvinceMeetings,
  getProvinceMeeting,
  castProvinceVote,
  declareProvinceConflict,
  closeProvinceMeeting,
];
