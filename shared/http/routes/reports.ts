import * as z from 'zod/mini';
import { isoDate, YEAR_MAX, YEAR_MIN } from '../../domain/forms/date';
import { LIMITS } from '../../domain/forms/limits';
import { emailAddress, multiLineText } from '../../domain/forms/text';
import {
  liftedSuppression,
  sectorForms,
  statistics,
  suppressedAddresses,
  timelinessReport,
} from '../answers/reports';
import type { Route } from '../route';
import { defineRoute } from '../route';

/** `?year=2026`: the nominations' year (the current Vietnam year when absent). */
export const TimelinessQuery = z.strictObject({
  year: z.optional(z.coerce.number().check(z.int(), z.gte(YEAR_MIN), z.lte(YEAR_MAX))),
});

export const NoQuery = z.strictObject({});

/**
 * On-time / late counts per step with a time limit (working days, Vietnamese holiday calendar,
 * paused while a dossier is back with the unit), for the caller's own organisation.
 */
export const getTimelinessReport = defineRoute({
  id: 'get-timeliness-report',
  method: 'GET',
  path: '/reports/timeliness',
  roles: ['council_secretary', 'director'],
  summary: 'Số hồ sơ xử lý đúng hạn, trễ hạn theo từng bước (ngày làm việc) của cơ quan',
  idempotent: false,
  ownedResource: false,
  query: TimelinessQuery,
  successStatus: 200,
  response: timelinessReport,
  example: { query: { year: '2026' } },
});

/** Addresses of the caller's organisation that bounced or complained, with when and why. */
export const listSuppressedAddresses = defineRoute({
  id: 'list-suppressed-addresses',
  method: 'GET',
  path: '/reports/suppressed-addresses',
  roles: ['council_secretary', 'director'],
  summary: 'Địa chỉ thư bị ngừng gửi (thư bị trả lại, bị báo rác) của cơ quan, thời điểm và lý do',
  idempotent: false,
  ownedResource: false,
  query: NoQuery,
  successStatus: 200,
  response: suppressedAddresses,
});

/**
 * The secretariat mails an address of its directory again, with the reason (the mailbox works
 * again, the complaint was a mistake): logged with who, when and why.
 */
export const liftSuppression = defineRoute({
  id: 'lift-suppression',
  method: 'POST',
  path: '/reports/suppressed-addresses/lift',
  roles: ['council_secretary', 'director'],
  summary: 'Gửi thư lại cho một địa chỉ đã bị ngừng gửi (nêu lý do; ghi nhật ký)',
  idempotent: true,
  ownedResource: false,
  body: z.strictObject({ address: emailAddress(LIMITS.email), reason: multiLineText(LIMITS.reason) }),
  successStatus: 200,
  response: liftedSuppression,
  example: { body: { address: 'van-phong@snv.example.vn', reason: 'Hộp thư đã hoạt động trở lại.' } },
});

/**
 * The year's nominations by award, by organisation and by stage, for the leaders' dashboard: the
 * caller's own Sở, or every Sở for the province.
 */
export const getStatistics = defineRoute({
  id: 'get-statistics',
  method: 'GET',
  path: '/reports/statistics',
  roles: ['council_secretary', 'director', 'province_officer', 'province_leader'],
  summary: 'Thống kê đề nghị khen thưởng theo hình thức, cơ quan và giai đoạn trong năm',
  idempotent: false,
  ownedResource: false,
  query: TimelinessQuery,
  successStatus: 200,
  response: statistics,
  example: { query: { year: '2026' } },
});

/**
 * The sector's statistical report forms (Biểu 0601.N, 0602.N, 0603.N of Thông tư 02/2023/TT-BNV)
 * of a year (`?year=`) or a period (`?from=&to=`), for the caller's Sở or the whole province.
 */
export const getSectorForms = defineRoute({
  id: 'get-sector-forms',
  method: 'GET',
  path: '/reports/sector-forms',
  roles: ['council_secretary', 'director', 'province_officer', 'province_leader'],
  summary:
    'Biểu mẫu báo cáo thống kê ngành thi đua, khen thưởng (Thông tư 02/2023/TT-BNV) của một năm hoặc một kỳ',
  idempotent: false,
  ownedResource: false,
  query: z.strictObject({
    year: z.optional(z.coerce.number().check(z.int(), z.gte(YEAR_MIN), z.lte(YEAR_MAX))),
    from: z.optional(isoDate),
    to: z.optional(isoDate),
  }),
  successStatus: 200,
  response: sectorForms,
  example: { query: { year: '2026' } },
});

/** Routes of this area, in the order the OpenAPI document lists them. */
export const REPORTS_ROUTES: readonly Route[] = [
  getTimelinessReport,
  getSectorForms,
  getStatistics,
  listSuppressedAddresses,
  liftSuppression,
];
