import * as z from 'zod/mini';
import { activityPage, auditVerification, nominationTimeline } from '../answers/audit';
import type { Route } from '../route';
import { defineRoute } from '../route';
import { NOMINATION_VIEWERS, NominationIdParams } from './nomination-schemas';

export const getNominationTimeline = defineRoute({
  id: 'get-nomination-timeline',
  method: 'GET',
  path: '/nominations/{id}/timeline',
  roles: NOMINATION_VIEWERS,
  summary: 'Nhật ký xử lý của đề nghị: ai, khi nào, làm gì, lý do',
  idempotent: false,
  ownedResource: true,
  params: NominationIdParams,
  successStatus: 200,
  response: nominationTimeline,
});

export const verifyNominationAudit = defineRoute({
  id: 'verify-nomination-audit',
  method: 'GET',
  path: '/nominations/{id}/audit/verify',
  roles: NOMINATION_VIEWERS,
  summary: 'Kiểm tra tính toàn vẹn của chuỗi nhật ký (hợp lệ, hoặc sự kiện đầu tiên bị phá vỡ)',
  idempotent: false,
  ownedResource: true,
  params: NominationIdParams,
  successStatus: 200,
  response: auditVerification,
});

/**
 * The whole system's activity of a month (`2026-11`, UTC), newest first: nominations' audit events
 * and registry changes, for the administrator's oversight and export.
 */
export const listActivity = defineRoute({
  id: 'list-activity',
  method: 'GET',
  path: '/activity',
  roles: ['admin'],
  summary: 'Nhật ký hoạt động của toàn hệ thống theo tháng (đề nghị, danh bạ, người dùng, khen thưởng)',
  idempotent: false,
  ownedResource: false,
  query: z.strictObject({
    month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng theo dạng yyyy-mm, ví dụ 2026-11.')),
    cursor: z.optional(z.string().check(z.maxLength(2048))),
    limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
  }),
  successStatus: 200,
  response: activityPage,
  example: { query: { month: '2026-11' } },
});

/** Routes of this area, in the order the OpenAPI document lists them. */
export const AUDIT_ROUTES: readonly Route[] = [getNominationTimeline, verifyNominationAudit, listActivity];
