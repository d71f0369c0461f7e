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
});

const meetings = meetingRoutes({
  idInfix: '',
  meetings: '/council/meetings',
  roles: {
    open: ['council_secretary'],
    read: COUNCIL_READERS,
    vote: ['council_member'],
    close: ['council_secretary'],
  },
  summaries: {
    open: 'Mở phiên họp Hội đồng: thành viên có mặt, danh sách đề nghị đưa ra biểu quyết',
    list: 'Các phiên họp Hội đồng của cơ quan',
    get: 'Phiên họp Hội đồng: thành viên, chương trình, phiếu đã bỏ, kết quả kiểm phiếu',
    vote: 'Bỏ phiếu cho một đề nghị trong phiên họp',
    close: 'Kết thúc phiên họp, kiểm phiếu và ghi nhận kết quả',
  },
});

/** The secretariat opens a meeting: members present and the agenda (each nomination → in_council). */
export const openMeeting = meetings.open;
export const listMeetings = meetings.list;
export const getMeeting = meetings.get;
/** A council member votes on one agenda item (open or secret ballot as configured). */
export const castVote = meetings.vote;
/** The secretariat closes the meeting and tallies each item against quorum and threshold. */
export const closeMeeting = meetings.close;

/** Routes of this area, in the order the OpenAPI document lists them. */
export const COUNCIL_ROUTES: readonly Route[] = [
  getCouncil,
  openMeeting,
  listMeetings,
  getMeeting,
  castVote,
  closeMeeting,
];
