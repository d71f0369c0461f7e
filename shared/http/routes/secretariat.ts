import { nominationView } from '../answers/nominations';
import { quotaUse } from '../answers/reports';
import type { Route } from '../route';
import { defineRoute } from '../route';
import { EXAMPLE_RETURN, NoBody, NominationIdParams, QuotaUseQuery, ReturnBody } from './nomination-schemas';

export const acceptNomination = defineRoute({
  id: 'accept-nomination',
  method: 'POST',
  path: '/nominations/{id}/accept',
  roles: ['council_secretary'],
  summary: 'Tiếp nhận hồ sơ hợp lệ (đủ thành phần, đủ điều kiện) để trình Hội đồng',
  idempotent: true,
  ownedResource: true,
  params: NominationIdParams,
  body: NoBody,
  ifMatch: 'optional',
  successStatus: 200,
  response: nominationView,
});

export const returnNomination = defineRoute({
  id: 'return-nomination',
  method: 'POST',
  path: '/nominations/{id}/return',
  roles: ['council_secretary'],
  summary: 'Trả lại hồ sơ để bổ sung, nêu lý do cho từng tài liệu',
  idempotent: true,
  ownedResource: true,
  params: NominationIdParams,
  body: ReturnBody,
  ifMatch: 'optional',
  successStatus: 200,
  response: nominationView,
  example: { body: EXAMPLE_RETURN },
});

export const listQuotaUse = defineRoute({
  id: 'list-quota-use',
  method: 'GET',
  path: '/secretariat/quota-use',
  roles: ['council_secretary', 'director'],
  summary: 'Tình hình sử dụng tỷ lệ khen thưởng của từng đơn vị (ví dụ CSTĐCS ≤ 15 % số LĐTT)',
  idempotent: false,
  ownedResource: false,
  query: QuotaUseQuery,
  successStatus: 200,
  response: quotaUse,
  example: { query: { year: '2026' } },
});

/** Routes of this area, in the order the OpenAPI document lists them. */
export const SECRETARIAT_ROUTES: readonly Route[] = [acceptNomination, returnNomination, listQuotaUse];
