import * as z from 'zod';
import { LIMITS } from '../../domain/forms/limits';
import { identifier } from '../../domain/forms/text';
import { VOTE_CHOICES } from '../../domain/workflow/tally';
import { MAX_AGENDA } from '../../store/ports/council-repositories';
import { defineRoute, type Route } from '../route';

const idParams = z.strictObject({ id: identifier(LIMITS.id) });
const pageQuery = z.strictObject({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
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

/** The secretariat opens a meeting: members present and the agenda (each nomination → in_council). */
export const openMeeting = defineRoute({
  id: 'open-meeting',
  method: 'POST',
  path: '/council/meetings',
  roles: ['council_secretary'],
  summary: 'Mở phiên họp Hội đồng: thành viên có mặt, danh sách đề nghị đưa ra biểu quyết',
  idempotent: true,
  ownedResource: false,
  body: z.strictObject({
    nominationIds: z.array(identifier(LIMITS.id)).min(1).max(MAX_AGENDA),
    present: z.array(identifier(LIMITS.id)).min(1).max(200),
  }),
  successStatus: 201,
});

export const listMeetings = defineRoute({
  id: 'list-meetings',
  method: 'GET',
  path: '/council/meetings',
  roles: [...COUNCIL_READERS],
  summary: 'Các phiên họp Hội đồng của cơ quan',
  idempotent: false,
  ownedResource: false,
  query: pageQuery,
  successStatus: 200,
});

export const getMeeting = defineRoute({
  id: 'get-meeting',
  method: 'GET',
  path: '/council/meetings/{id}',
  roles: [...COUNCIL_READERS],
  summary: 'Phiên họp Hội đồng: thành viên, chương trình, phiếu đã bỏ, kết quả kiểm phiếu',
  idempotent: false,
  ownedResource: true,
  params: idParams,
  successStatus: 200,
});

/** A council member votes on one agenda item (open or secret ballot as configured). */
export const castVote = defineRoute({
  id: 'cast-vote',
  method: 'POST',
  path: '/council/meetings/{id}/votes',
  roles: ['council_member'],
  summary: 'Bỏ phiếu cho một đề nghị trong phiên họp',
  idempotent: true,
  ownedResource: true,
  params: idParams,
  body: z.strictObject({ nominationId: identifier(LIMITS.id), choice: z.enum(VOTE_CHOICES) }),
  successStatus: 201,
  example: { body: { nominationId: 'nom-example', choice: 'approve' } },
});

/** The secretariat closes the meeting and tallies each item against quorum and threshold. */
export const closeMeeting = defineRoute({
  id: 'close-meeting',
  method: 'POST',
  path: '/council/meetings/{id}/close',
  roles: ['council_secretary'],
  summary: 'Kết thúc phiên họp, kiểm phiếu và ghi nhận kết quả',
  idempotent: true,
  ownedResource: true,
  params: idParams,
  successStatus: 200,
});

/** Routes of this area, in the order the OpenAPI document lists them. */
export const COUNCIL_ROUTES: readonly Route[] = [
  getCouncil,
  openMeeting,
  listMeetings,
  getMeeting,
  castVote,
  closeMeeting,
];
