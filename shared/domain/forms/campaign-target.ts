import * as z from 'zod/mini';
import { AWARD_CODES, SUBJECTS, TASK_RATINGS } from '../vocabulary';
import { LIMITS } from './limits';
import { multiLineText } from './text';

/**
 * How a target is measured: a whole percentage ("70 % HTXSNV") or a count with an optional upper
 * bound ("ít nhất 01 tập thể", "2 – 3 phòng"). Whole numbers only, so progress compares exactly.
 */
export const TargetMeasureSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percentage'), percent: z.int().check(z.gte(0), z.lte(100)) }),
  z
    .strictObject({
      kind: z.literal('count'),
      min: z.int().check(z.gte(0), z.lte(LIMITS.maxMembers)),
      max: z.optional(z.int().check(z.gte(0), z.lte(LIMITS.maxMembers))),
    })
    .check(
      z.superRefine((measure, ctx) => {
        if (measure.max !== undefined && measure.max < measure.min) {
          ctx.addIssue({
            code: 'custom',
            path: ['max'],
            message: 'Số tối đa phải lớn hơn hoặc bằng số tối thiểu.',
            params: { code: 'max_below_min' },
            input: measure.max,
          });
        }
      }),
    ),
]);
export type TargetMeasure = z.output<typeof TargetMeasureSchema>;

/**
 * A measurable target (chỉ tiêu). `metric` is the wording of the launch document; `subject`,
 * `awardCode` and `minTaskRating` make it computable: "15 % CSTĐCS" is person + CSTDCS + 15 %.
 */
export const CampaignTargetSchema = z.strictObject({
  metric: multiLineText(LIMITS.paragraph),
  /** Who the target counts: individuals or collectives. */
  subject: z.enum(SUBJECTS),
  measure: TargetMeasureSchema,
  awardCode: z.optional(z.enum(AWARD_CODES)),
  /** "Hoàn thành tốt nhiệm vụ trở lên" is `HTTNV`: that rating or better. */
  minTaskRating: z.optional(z.enum(TASK_RATINGS)),
});

export type CampaignTarget = z.output<typeof CampaignTargetSchema>;
