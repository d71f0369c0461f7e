/** Bodies of the award-history routes (a person's or a collective's). */
import * as z from 'zod/mini';
import { isoDate, year } from '../../domain/forms/date';
import { LIMITS } from '../../domain/forms/limits';
import { documentNumber, multiLineText, singleLineText } from '../../domain/forms/text';
import { AWARD_CODES, TRACKS } from '../../domain/vocabulary';

const awardFields = {
  year,
  awardCode: z.enum(AWARD_CODES),
  track: z.enum(TRACKS),
  decisionNumber: documentNumber(LIMITS.documentNumber),
  /** The decision's date, `yyyy-mm-dd`. */
  decidedOn: isoDate,
  /** Who issued it, as the decision names them: "Chủ tịch UBND tỉnh Hà Tĩnh", "Giám đốc Sở Nội vụ". */
  issuer: z.optional(singleLineText(LIMITS.unitName)),
};

/** One award of a person's or a collective's history, as the granting decision records it. */
export const AwardRecordSchema = z.strictObject(awardFields);
export type AwardRecordInput = z.output<typeof AwardRecordSchema>;

/** The entry as it should have been entered, and why it is corrected (kept in the change log). */
export const AwardCorrectionSchema = z.strictObject({
  ...awardFields,
  reason: multiLineText(LIMITS.reason, 5),
});
export type AwardCorrectionInput = z.output<typeof AwardCorrectionSchema>;
