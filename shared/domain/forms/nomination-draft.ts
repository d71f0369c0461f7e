import * as z from 'zod/mini';
import { AWARD_CODES, SUBJECTS, TRACKS } from '../vocabulary';
import { year } from './date';
import { DossierItemSchema } from './dossier-item';
import { InitiativeClaimSchema } from './initiative-claim';
import { LIMITS } from './limits';
import { NomineeSchema } from './nominee';
import { NomineeFactsSchema } from './nominee-facts';
import { identifier, multiLineText } from './text';

/**
 * The fields a unit officer may write on a draft. Strict: `state`, `version`, `decidedBy` and the
 * other workflow fields belong to the server and are refused if posted. Exported without the
 * cross-field checks so callers can derive `z.partial()` or `z.pick()` variants (zod refuses those
 * on a refined object) and re-apply `checkNominationDraft`.
 */
export const NominationDraftBaseSchema = z.strictObject({
  subject: z.enum(SUBJECTS),
  awardCode: z.enum(AWARD_CODES),
  track: z.enum(TRACKS),
  /** The year of the achievement (năm thành tích), not the year of the decision. */
  year,
  campaignId: z.optional(identifier(LIMITS.id)),
  /** Which đợt of the campaign (1-based) the nomination closes. */
  periodNo: z.optional(z.int().check(z.gte(1), z.lte(LIMITS.periods))),
  nominee: NomineeSchema,
  dossier: z._default(z.array(DossierItemSchema).check(z.maxLength(LIMITS.dossierItems)), []),
  initiatives: z._default(z.array(InitiativeClaimSchema).check(z.maxLength(LIMITS.initiatives)), []),
  /** What the rules read about the nominee beyond this year's rating, with its evidence. */
  facts: z.optional(NomineeFactsSchema),
  notes: z.optional(multiLineText(LIMITS.notes)),
});

type DraftShape = z.output<typeof NominationDraftBaseSchema>;

function duplicates<T>(items: readonly T[], key: (item: T) => string | undefined): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (k === undefined) return;
    if (seen.has(k)) repeated.push(index);
    seen.add(k);
  });
  return repeated;
}

/** The nominee's declared facts must fit the draft: earlier years, dates in order, the right subject. */
function checkFacts(
  draft: DraftShape,
  issue: (path: (string | number)[], code: string, message: string) => void,
) {
  const facts = draft.facts;
  if (!facts) return;
  facts.pastRatings.forEach((r, index) => {
    if (r.year >= draft.year)
      issue(
        ['facts', 'pastRatings', index, 'year'],
        'not_past',
        `Năm xếp loại phải trước năm thành tích ${draft.year}.`,
      );
  });
  for (const index of duplicates(facts.pastRatings, (r) => String(r.year)))
    issue(['facts', 'pastRatings', index, 'year'], 'duplicate', 'Năm này đã được kê khai.');
  facts.disciplines.forEach((d, index) => {
    if (d.until !== undefined && d.until < d.from)
      issue(
        ['facts', 'disciplines', index, 'until'],
        'before_start',
        'Ngày hết hiệu lực phải sau ngày bắt đầu.',
      );
  });
  facts.specialLeave.forEach((l, index) => {
    if (l.to < l.from)
      issue(['facts', 'specialLeave', index, 'to'], 'before_start', 'Ngày kết thúc phải sau ngày bắt đầu.');
  });
  if (draft.subject === 'collective' && (facts.specialLeave.length > 0 || facts.disciplines.length > 0))
    issue(
      ['facts', facts.specialLeave.length > 0 ? 'specialLeave' : 'disciplines'],
      'person_only',
      'Chỉ kê khai cho cá nhân; với tập thể, ghi số cá nhân bị kỷ luật.',
    );
  if (draft.subject === 'person' && facts.membersDisciplined !== undefined)
    issue(['facts', 'membersDisciplined'], 'collective_only', 'Chỉ kê khai cho tập thể.');
  if (facts.achievementPoint !== undefined && draft.awardCode !== 'BK_TINH')
    issue(
      ['facts', 'achievementPoint'],
      'not_applicable',
      'Chỉ áp dụng cho Bằng khen của Chủ tịch UBND tỉnh (khoản 1 Điều 74 Luật TĐKT 2022).',
    );
}

/** Cross-field checks of a draft, reusable on derived schemas. */
export function checkNominationDraft(draft: DraftShape, ctx: z.core.$RefinementCtx<DraftShape>): void {
  const issue = (path: (string | number)[], code: string, message: string): void => {
    ctx.addIssue({ code: 'custom', path, message, params: { code } });
  };
  if (draft.nominee.subject !== draft.subject) {
    issue(
      ['nominee', 'subject'],
      'subject_mismatch',
      'Đối tượng đề nghị không khớp với loại (cá nhân / tập thể).',
    );
  }
  if (draft.track === 'campaign' && draft.campaignId === undefined) {
    issue(
      ['campaignId'],
      'required',
      'Khen thưởng theo đợt / chuyên đề phải gắn với một phong trào thi đua.',
    );
  }
  if (draft.periodNo !== undefined && draft.campaignId === undefined) {
    issue(['periodNo'], 'period_without_campaign', 'Chỉ chọn đợt thi đua khi đã chọn phong trào.');
  }
  for (const index of duplicates(draft.dossier, (item) => item.fileRef)) {
    issue(['dossier', index, 'fileRef'], 'duplicate', 'Tệp này đã có trong hồ sơ.');
  }
  checkFacts(draft, issue);
  // An initiative counts toward one award only; claiming it twice on one draft is always a mistake.
  for (const index of duplicates(draft.initiatives, (item) => item.recognitionNumber)) {
    issue(
      ['initiatives', index, 'recognitionNumber'],
      'duplicate',
      'Sáng kiến / đề tài này đã được kê khai.',
    );
  }
}

/** A nomination draft as the unit officer writes it. */
export const NominationDraftSchema = NominationDraftBaseSchema.check(z.superRefine(checkNominationDraft));

export type NominationDraft = z.output<typeof NominationDraftSchema>;
export type NominationDraftInput = z.input<typeof NominationDraftSchema>;
