import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { identifier, multiLineText, singleLineText } from './text';

/**
 * A unit's result on a campaign target no nomination measures, with the document that proves it:
 * one of the unit's uploaded files (`POST /units/{unitId}/uploads`), named by its storage key.
 */
export const TargetReportSchema = z
  .strictObject({
    unitId: identifier(LIMITS.id),
    /** How many reached the target (people, collectives, or the count the target names). */
    achieved: z.int().check(z.gte(0), z.lte(LIMITS.maxMembers)),
    /** Out of how many, for a percentage target, when the directory's count is not the right base. */
    population: z.optional(z.int().check(z.gte(1), z.lte(LIMITS.maxMembers))),
    note: z.optional(multiLineText(LIMITS.paragraph)),
    evidence: z.strictObject({
      title: singleLineText(LIMITS.title),
      fileRef: singleLineText(LIMITS.fileRef),
    }),
  })
  .check(
    z.superRefine((report, ctx) => {
      if (report.population !== undefined && report.achieved > report.population)
        ctx.addIssue({
          code: 'custom',
          path: ['achieved'],
          message: 'Số đạt không được lớn hơn tổng số.',
          params: { code: 'exceeds_population' },
          input: report.achieved,
        });
    }),
  );

export type TargetReportInput = z.output<typeof TargetReportSchema>;
