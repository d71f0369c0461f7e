import * as z from 'zod/mini';
import { isoDate, isRealIsoDate } from './date';
import { LIMITS } from './limits';
import { singleLineText } from './text';

/** A period (đợt) of a campaign, e.g. 01/01–30/06 with its review (sơ kết) due by 15/07. */
export const CampaignPeriodSchema = z
  .strictObject({
    /** 1-based number of the đợt, as the launch document counts them. */
    periodNo: z.int().check(z.gte(1), z.lte(LIMITS.periods)),
    name: z.optional(singleLineText(LIMITS.title)),
    startsOn: isoDate,
    endsOn: isoDate,
    /** The review of the đợt (tổng kết, bình xét) must be done by this day. */
    reviewDueOn: isoDate,
  })
  .check(
    z.superRefine((period, ctx) => {
      // A date already reported as invalid must not also produce an order error about it.
      if (![period.startsOn, period.endsOn, period.reviewDueOn].every(isRealIsoDate)) return;
      if (period.endsOn < period.startsOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['endsOn'],
          message: 'Ngày kết thúc đợt phải sau hoặc trùng ngày bắt đầu.',
          params: { code: 'end_before_start' },
          input: period.endsOn,
        });
      }
      if (period.reviewDueOn < period.endsOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['reviewDueOn'],
          message: 'Hạn tổng kết đợt phải sau hoặc trùng ngày kết thúc đợt.',
          params: { code: 'review_before_end' },
          input: period.reviewDueOn,
        });
      }
    }),
  );

export type CampaignPeriod = z.output<typeof CampaignPeriodSchema>;
