import { TASK_RATING_LABELS, TASK_RATINGS, type TaskRating } from '../../vocabulary';
import type { YearRating } from '../history';
import { findInitiativeConflicts, type InitiativeUse } from '../initiatives';
import type { RuleResult } from '../results';
import type { RuleId, RuleSet } from '../types';
import type { EligibilityInput, InitiativeClaim } from './facts';

/** What a rule evaluator sees: the input, the rule set, and the results reported before it. */
export interface RuleContext {
  readonly input: EligibilityInput;
  readonly ruleSet: RuleSet;
  readonly previous: readonly RuleResult[];
}

/** `null`: the rule does not apply to this nominee (e.g. a person-only path for a collective). */
export type RuleEvaluator = (ctx: RuleContext) => RuleResult | null;

export type RuleEvaluators = Partial<Record<RuleId, RuleEvaluator>>;

/** TASK_RATINGS is ordered best first. */
export function ratingAtLeast(rating: TaskRating, min: TaskRating): boolean {
  return TASK_RATINGS.indexOf(rating) <= TASK_RATINGS.indexOf(min);
}

export function ratingLabel(rating: TaskRating): string {
  return `"${TASK_RATING_LABELS[rating]}"`;
}

/** Initiative ids that earlier results of this report rely on. */
export function reliedInitiativeIds(previous: readonly RuleResult[]): string[] {
  return previous.flatMap((r) => {
    const ids = r.details?.initiativeIds;
    return r.status !== 'failed' && Array.isArray(ids) ? (ids as string[]) : [];
  });
}

/** Initiatives chosen for a rule, and the qualifying ones left out because another nomination used them. */
export interface InitiativePick {
  readonly chosen: readonly InitiativeClaim[];
  readonly usedElsewhere: readonly { readonly claim: InitiativeClaim; readonly use: InitiativeUse }[];
}

/**
 * Picks `count` of the qualifying initiatives, unused ones first: a rule is met by any unused
 * initiative that qualifies, not by the first listed (Công văn 5007/BNV-TĐKT: one initiative, one
 * reward). When too few are unused the used ones fill in, so `COMMON.initiative_once` names them.
 */
export function pickInitiatives(
  input: EligibilityInput,
  qualifying: readonly InitiativeClaim[],
  count: number,
): InitiativePick {
  const conflicts =
    input.initiativeRegistry && input.nominationId !== undefined
      ? findInitiativeConflicts(
          input.nominationId,
          qualifying.map((i) => i.id),
          input.initiativeRegistry,
        )
      : [];
  const useOf = new Map(conflicts.map((c) => [c.initiativeId, c.usedBy]));
  const unused = qualifying.filter((i) => !useOf.has(i.id));
  const used = qualifying.filter((i) => useOf.has(i.id));
  const chosen = [...unused, ...used].slice(0, count);
  return {
    chosen,
    usedElsewhere: used
      .filter((i) => !chosen.includes(i))
      .map((claim) => ({ claim, use: useOf.get(claim.id) as InitiativeUse })),
  };
}

/** " Không tính SK-1 (đã dùng cho đề nghị N-1, "Chiến sĩ thi đua cơ sở" năm 2024)." or "". */
export function usedElsewhereNote(ruleSet: RuleSet, pick: InitiativePick): string {
  if (pick.usedElsewhere.length === 0) return '';
  return ` Không tính ${pick.usedElsewhere
    .map(
      ({ claim, use }) =>
        `${claim.id} (đã dùng cho đề nghị ${use.nominationId}, "${ruleSet.awards[use.award].name}" năm ${use.year})`,
    )
    .join(', ')}.`;
}

/** The nominee's ratings by year: the past ones declared, and this year's. */
export function ratingsOf(input: EligibilityInput): YearRating[] {
  const past = input.nominee.taskRatingHistory ?? [];
  const current = input.nominee.taskRating;
  return current === null
    ? [...past]
    : [...past.filter((r) => r.year !== input.year), { year: input.year, rating: current }];
}
