import * as z from 'zod/mini';
import { AWARD_CODES, type AwardCode, SUBJECTS, TASK_RATINGS } from '../vocabulary';
import { LIMITS } from './limits';
import { multiLineText } from './text';

/** Where a target's result comes from: the campaign's nominations, or each unit's report. */
export const TARGET_SOURCES = ['nominations', 'unit_report'] as const;

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
export const CampaignTargetSchema = z
  .strictObject({
    metric: multiLineText(LIMITS.paragraph),
    /** Who the target counts: individuals or collectives. */
    subject: z.enum(SUBJECTS),
    measure: TargetMeasureSchema,
    /** One award (kept for targets written before `awardCodes`). */
    awardCode: z.optional(z.enum(AWARD_CODES)),
    /**
     * Any of these awards counts: "Bằng khen của Bộ Nội vụ, UBND tỉnh" (one target over several
     * awards), "Cờ thi đua hoặc Bằng khen" (either/or).
     */
    awardCodes: z.optional(z.array(z.enum(AWARD_CODES)).check(z.minLength(1), z.maxLength(6))),
    /** "… trở lên": the awards above them on their ladder count too (`award-ladder.ts`). */
    orHigher: z.optional(z.boolean()),
    /** "Hoàn thành tốt nhiệm vụ trở lên" is `HTTNV`: that rating or better. */
    minTaskRating: z.optional(z.enum(TASK_RATINGS)),
    /**
     * `unit_report`: no nomination tells it (participation, disbursement, "không có vi phạm"); each
     * unit records its result with evidence. Default: counted from the campaign's nominations.
     */
    measuredBy: z.optional(z.enum(TARGET_SOURCES)),
  })
  .check(
    z.superRefine((target, ctx) => {
      const issue = (path: string, code: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message, params: { code }, input: target });
      if (target.awardCode !== undefined && target.awardCodes !== undefined)
        issue(
          'awardCodes',
          'both_award_fields',
          'Chỉ dùng một trong hai: một danh hiệu hoặc danh sách danh hiệu.',
        );
      if (
        target.measuredBy === 'unit_report' &&
        (target.awardCode !== undefined ||
          target.awardCodes !== undefined ||
          target.minTaskRating !== undefined)
      )
        issue(
          'measuredBy',
          'report_with_awards',
          'Chỉ tiêu do đơn vị báo cáo không gắn danh hiệu hay xếp loại: hệ thống không đếm từ hồ sơ đề nghị.',
        );
      if (target.orHigher && target.awardCode === undefined && target.awardCodes === undefined)
        issue('orHigher', 'higher_without_award', '"Trở lên" cần chọn danh hiệu, hình thức được tính.');
    }),
  );

/** The awards a target names, whichever field holds them. */
export const targetAwards = (t: Pick<CampaignTarget, 'awardCode' | 'awardCodes'>): AwardCode[] =>
  t.awardCodes ? [...t.awardCodes] : t.awardCode ? [t.awardCode] : [];

export type CampaignTarget = z.output<typeof CampaignTargetSchema>;
