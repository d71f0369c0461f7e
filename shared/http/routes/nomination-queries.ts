/** Queries of the nomination lists and queues. */
import * as z from 'zod/mini';
import { YEAR_MAX, YEAR_MIN } from '../../domain/forms/date';
import { LIMITS } from '../../domain/forms/limits';
import { identifier } from '../../domain/forms/text';
import { AWARD_CODES } from '../../domain/vocabulary';
import { NOMINATION_STATES } from '../../domain/workflow/states';
import { PageQuery } from './nomination-params';

const year = z.coerce.number().check(z.int(), z.gte(1000), z.lte(9999));
export const UnitNominationsQuery = z.strictObject({
  state: z.optional(z.enum(NOMINATION_STATES)),
  campaignId: z.optional(identifier(LIMITS.id)),
  year: z.optional(year),
  awardCode: z.optional(z.enum(AWARD_CODES)),
  ...PageQuery,
});

export const QuotaUseQuery = z.strictObject({
  awardCode: z._default(z.enum(['CSTDCS', 'CSTD_TINH']), 'CSTDCS'),
  year,
});

/** The province's queue, one Sở at a time. */
export const ProvinceQueueQuery = z.strictObject({
  organisationId: identifier(LIMITS.id),
  state: z.optional(
    z.enum([
      'forwarded',
      'province_review',
      'province_returned',
      'in_province_council',
      'province_approved',
      'province_rejected',
      'decided_by_province',
      'forwarded_to_central',
    ]),
  ),
  ...PageQuery,
});

/** The public notice: one year (the current Vietnam year when absent), optionally one campaign. */
export const PublicNoticeQuery = z.strictObject({
  year: z.optional(z.coerce.number().check(z.int(), z.gte(YEAR_MIN), z.lte(YEAR_MAX))),
  campaignId: z.optional(identifier(LIMITS.id)),
});
