import { auditVerification, nominationTimeline } from '../answers/audit';
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

/** Routes of this area, in the order the OpenAPI document lists them. */
export const AUDIT_ROUTES: readonly Route[] = [getNominationTimeline, verifyNominationAudit];
