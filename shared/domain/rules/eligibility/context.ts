import { TASK_RATING_LABELS, TASK_RATINGS, type TaskRating } from '../../vocabulary';
import type { RuleResult } from '../results';
import type { RuleId, RuleSet } from '../types';
import type { EligibilityInput } from './facts';

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
