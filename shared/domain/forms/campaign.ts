import * as z from 'zod/mini';
import { AWARD_CODES, SUBJECTS } from '../vocabulary';
import { CampaignPeriodSchema } from './campaign-period';
import { CampaignTargetSchema } from './campaign-target';
import { isoDate, isRealIsoDate } from './date';
import { LIMITS } from './limits';
import { documentNumber, multiLineText, singleLineText } from './text';

/** Who the campaign addresses (đối tượng thi đua). */
export const CampaignScopeSchema = z.strictObject({
  subjects: z.array(z.enum(SUBJECTS)).check(z.minLength(1), z.maxLength(SUBJECTS.length)),
  description: multiLineText(LIMITS.paragraph),
});

/** An anniversary the campaign salutes (chào mừng), optionally tied to one đợt. */
export const CommemorationSchema = z.strictObject({
  title: singleLineText(LIMITS.title),
  /** The anniversary day itself, e.g. 2022-09-02. */
  on: z.optional(isoDate),
  periodNo: z.optional(z.int().check(z.gte(1), z.lte(LIMITS.periods))),
});
export type Commemoration = z.output<typeof CommemorationSchema>;

/** The campaign fields without cross-field checks, for `.partial()` / `.pick()` derivations. */
export const CampaignBaseSchema = z.strictObject({
  issuingBody: singleLineText(LIMITS.unitName),
  /** Số, ký hiệu of the launch document; a draft launch document may still read `/KH-SNV`. */
  documentNumber: documentNumber(LIMITS.documentNumber),
  issuedOn: z.optional(isoDate),
  /** Trích yếu: what the document is about. */
  title: singleLineText(LIMITS.title),
  /** Chủ đề thi đua, usually a quoted slogan. */
  theme: multiLineText(LIMITS.paragraph),
  contentItems: z
    .array(multiLineText(LIMITS.paragraph))
    .check(z.minLength(1), z.maxLength(LIMITS.contentItems)),
  scope: CampaignScopeSchema,
  periods: z.array(CampaignPeriodSchema).check(z.minLength(1), z.maxLength(LIMITS.periods)),
  commemorations: z._default(z.array(CommemorationSchema).check(z.maxLength(LIMITS.commemorations)), []),
  targets: z._default(z.array(CampaignTargetSchema).check(z.maxLength(LIMITS.targets)), []),
  awardsInScope: z.array(z.enum(AWARD_CODES)).check(z.minLength(1), z.maxLength(AWARD_CODES.length)),
  /** Last day units may submit nominations for this campaign. */
  nominationDeadline: isoDate,
  /** Tổ chức thực hiện: who does what. */
  responsibilities: z._default(
    z.array(multiLineText(LIMITS.paragraph)).check(z.maxLength(LIMITS.responsibilities)),
    [],
  ),
});

type CampaignShape = z.output<typeof CampaignBaseSchema>;

/** A date already reported as invalid must not also produce an order error about it. */
const datesComparable = (...dates: string[]): boolean => dates.every(isRealIsoDate);

/** Cross-field checks of a campaign, reusable on derived schemas. */
export function checkCampaign(campaign: CampaignShape, ctx: z.core.$RefinementCtx<CampaignShape>): void {
  const issue = (path: (string | number)[], code: string, message: string): void => {
    ctx.addIssue({ code: 'custom', path, message, params: { code } });
  };
  const { periods } = campaign;
  periods.forEach((period, index) => {
    if (period.periodNo !== index + 1) {
      issue(
        ['periods', index, 'periodNo'],
        'period_numbering',
        `Các đợt phải được đánh số liên tục; đợt này phải là ${index + 1}.`,
      );
    }
    const previous = periods[index - 1];
    if (previous && datesComparable(previous.endsOn, period.startsOn) && period.startsOn <= previous.endsOn) {
      issue(
        ['periods', index, 'startsOn'],
        'period_overlap',
        'Đợt thi đua phải bắt đầu sau khi đợt trước kết thúc.',
      );
    }
  });
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (first && last && datesComparable(first.startsOn, last.reviewDueOn, campaign.nominationDeadline)) {
    if (campaign.nominationDeadline < first.startsOn || campaign.nominationDeadline > last.reviewDueOn) {
      issue(
        ['nominationDeadline'],
        'deadline_outside_campaign',
        'Hạn đề nghị khen thưởng phải nằm trong thời gian phong trào (từ ngày bắt đầu đợt đầu đến hạn tổng kết đợt cuối).',
      );
    }
  }
  campaign.commemorations.forEach((commemoration, index) => {
    if (commemoration.periodNo !== undefined && commemoration.periodNo > periods.length) {
      issue(['commemorations', index, 'periodNo'], 'unknown_period', 'Đợt thi đua này không tồn tại.');
    }
  });
  if (new Set(campaign.awardsInScope).size !== campaign.awardsInScope.length) {
    issue(['awardsInScope'], 'duplicate', 'Mỗi hình thức khen thưởng chỉ được chọn một lần.');
  }
  if (new Set(campaign.scope.subjects).size !== campaign.scope.subjects.length) {
    issue(['scope', 'subjects'], 'duplicate', 'Mỗi đối tượng chỉ được chọn một lần.');
  }
}

/** A campaign (phong trào thi đua) as its launch document sets it out. */
export const CampaignSchema = CampaignBaseSchema.check(z.superRefine(checkCampaign));

export type Campaign = z.output<typeof CampaignSchema>;
export type CampaignInput = z.input<typeof CampaignSchema>;
