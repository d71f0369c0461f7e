import * as z from 'zod';
import { LIMITS } from '../../domain/forms/limits';
import { identifier } from '../../domain/forms/text';
import { VOTE_CHOICES } from '../../domain/workflow/tally';
import { MAX_AGENDA } from '../../store/ports/council-repositories';
import { defineRoute, type Route } from '../route';

/**
 * The provincial council (Hội đồng TĐKT tỉnh): the same meetings, ballots and tallies as a Sở's
 * council (`./council.ts`), convened by the Ban TĐKT tỉnh for forwarded nominations the rule set
 * sends to it (CSTĐ cấp tỉnh, Cờ thi đua, national awards). A seat, not the organisation, lets a
 * member in: its seats may be held by people of any organisation.
 */
const idParams = z.strictObject({ id: identifier(LIMITS.id) });
const pageQuery = z.strictObject({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
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
});

/** The Ban TĐKT opens a meeting: members present, agenda (each nomination → in_province_council). */
export const openProvinceMeeting = defineRoute({
  id: 'open-province-meeting',
  method: 'POST',
  path: '/province/council/meetings',
  roles: ['province_officer'],
  summary: 'Mở phiên họp Hội đồng TĐKT tỉnh: thành viên có mặt, danh sách đề nghị đưa ra biểu quyết',
  idempotent: true,
  ownedResource: false,
  body: z.strictObject({
    nominationIds: z.array(identifier(LIMITS.id)).min(1).max(MAX_AGENDA),
    present: z.array(identifier(LIMITS.id)).min(1).max(200),
  }),
  successStatus: 201,
});

export const listProvinceMeetings = defineRoute({
  id: 'list-province-meetings',
  method: 'GET',
  path: '/province/council/meetings',
  roles: [...READERS],
  summary: 'Các phiên họp Hội đồng TĐKT tỉnh',
  idempotent: false,
  ownedResource: false,
  query: pageQuery,
  successStatus: 200,
});

export const getProvinceMeeting = defineRoute({
  id: 'get-province-meeting',
  method: 'GET',
  path: '/province/council/meetings/{id}',
  roles: [...READERS],
  summary: 'Phiên họp Hội đồng TĐKT tỉnh: thành viên, chương trình, phiếu đã bỏ, kết quả kiểm phiếu',
  idempotent: false,
  ownedResource: true,
  params: idParams,
  successStatus: 200,
});

/** A member of the provincial council votes (the seat decides; the roles only let them reach it). */
export const castProvinceVote = defineRoute({
  id: 'cast-province-vote',
  method: 'POST',
  path: '/province/council/meetings/{id}/votes',
  roles: ['province_leader', 'council_member', 'province_officer'],
  summary: 'Bỏ phiếu cho một đề nghị trong phiên họp Hội đồng TĐKT tỉnh',
  idempotent: true,
  ownedResource: true,
  params: idParams,
  body: z.strictObject({ nominationId: identifier(LIMITS.id), choice: z.enum(VOTE_CHOICES) }),
  successStatus: 201,
  example: { body: { nominationId: 'nom-example', choice: 'approve' } },
});

/** The Ban TĐKT closes the meeting: each item → province_approved or province_rejected. */
export const closeProvinceMeeting = defineRoute({
  id: 'close-province-meeting',
  method: 'POST',
  path: '/province/council/meetings/{id}/close',
  roles: ['province_officer'],
  summary: 'Kết thúc phiên họp Hội đồng TĐKT tỉnh, kiểm phiếu và ghi nhận kết quả',
  idempotent: true,
  ownedResource: true,
  params: idParams,
  successStatus: 200,
});

/** Routes of this area, in the order the OpenAPI document lists them. */
export const PROVINCE_COUNCIL_ROUTES: readonly Route[] = [
  getProvinceCouncil,
  openProvinceMeeting,
  listProvinceMeetings,
  getProvinceMeeting,
  castProvinceVote,
  closeProvinceMeeting,
];
