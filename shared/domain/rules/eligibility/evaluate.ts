import type { AwardCode, Subject, Track } from '../../vocabulary';
import type { ProvinceRuleOverrides } from '../overrides-schema';
import { ruleBasisOf } from '../record-basis';
import { assertRuleSetCovers, resolveRuleSet } from '../resolve';
import { combineVerdict, type RuleResult, VERDICT_LABELS, type Verdict } from '../results';
import { NATIONAL_RULE_SETS } from '../rule-sets';
import type { RuleId, RuleSet } from '../types';
import { CO_TINH_EVALUATORS } from './co-tinh';
import { COLLECTIVE_TITLE_EVALUATORS } from './collective-titles';
import { COMMON_EVALUATORS } from './common';
import type { RuleContext, RuleEvaluators } from './context';
import { CSTD_TINH_EVALUATORS } from './cstd-tinh';
import { CSTDCS_EVALUATORS } from './cstdcs';
import type { EligibilityInput } from './facts';
import { LDTT_EVALUATORS } from './ldtt';
import { NATIONAL_EVALUATORS } from './national';
import { REWARD_EVALUATORS } from './rewards';

const EVALUATORS: RuleEvaluators = {
  ...COMMON_EVALUATORS,
  ...LDTT_EVALUATORS,
  ...CSTDCS_EVALUATORS,
  ...CSTD_TINH_EVALUATORS,
  ...COLLECTIVE_TITLE_EVALUATORS,
  ...REWARD_EVALUATORS,
  ...CO_TINH_EVALUATORS,
  ...NATIONAL_EVALUATORS,
};

export interface EligibilityReport {
  readonly award: AwardCode;
  readonly subject: Subject;
  readonly track: Track;
  readonly year: number;
  readonly decisionDate: string;
  /** The rule set applied, e.g. `VN-2025-ND152+ha-tinh`. */
  readonly ruleSetId: string;
  readonly verdict: Verdict;
  /** Vietnamese label of the verdict. */
  readonly verdictLabel: string;
  /** Every evaluated rule, in the award's order; cross-unit quotas are evaluated by `evaluateQuota`. */
  readonly results: readonly RuleResult[];
  /** Rules of the award switched off by an override, for the record. */
  readonly disabledRuleIds: readonly RuleId[];
}

/**
 * Evaluates a nomination against every rule of its award in the rule set in force on its
 * decision date (with the province's overrides, when given). A decision dated before the rules
 * the system applies (01/01/2024) is a record: the report says so and judges nothing.
 */
export function evaluateEligibility(
  input: EligibilityInput,
  context: { readonly overrides?: ProvinceRuleOverrides; readonly organisation?: string } = {},
): EligibilityReport {
  const basis = ruleBasisOf(input.decisionDate);
  if (basis.kind === 'record') return recordReport(input, basis.message);
  const ruleSet = resolveRuleSet(
    input.decisionDate,
    context.overrides,
    context.organisation ? { organisation: context.organisation } : {},
  );
  return evaluateEligibilityWith(ruleSet, input);
}

/**
 * Same as `evaluateEligibility` with an already resolved rule set.
 * @throws ValidationError when the rule set does not cover the decision date.
 */
export function evaluateEligibilityWith(ruleSet: RuleSet, input: EligibilityInput): EligibilityReport {
  assertRuleSetCovers(ruleSet, input.decisionDate);
  const award = ruleSet.awards[input.award];
  const results: RuleResult[] = [];
  const disabledRuleIds: RuleId[] = [];
  for (const ruleId of award.ruleIds) {
    if (!ruleSet.rules[ruleId].enabled) {
      disabledRuleIds.push(ruleId);
      continue;
    }
    const ctx: RuleContext = { input, ruleSet, previous: results };
    const result = EVALUATORS[ruleId]?.(ctx);
    if (result) results.push(result);
    // The other rules read subject-specific facts: stop when the subject is wrong.
    if (ruleId === 'COMMON.subject' && result?.status === 'failed') break;
  }
  return report(input, ruleSet.id, combineVerdict(results), results, disabledRuleIds);
}

function report(
  input: EligibilityInput,
  ruleSetId: string,
  verdict: Verdict,
  results: readonly RuleResult[],
  disabledRuleIds: readonly RuleId[] = [],
): EligibilityReport {
  return {
    award: input.award,
    subject: input.nominee.subject,
    track: input.track,
    year: input.year,
    decisionDate: input.decisionDate,
    ruleSetId,
    verdict,
    verdictLabel: VERDICT_LABELS[verdict],
    results,
    disabledRuleIds,
  };
}

const FIRST_RULES = (NATIONAL_RULE_SETS[0] as RuleSet).rules['COMMON.rules_in_force'];

/** The report on a decision older than the rules: one result saying it is kept, not judged. */
function recordReport(input: EligibilityInput, message: string): EligibilityReport {
  return report(input, 'truoc-2024', 'record', [
    {
      ruleId: 'COMMON.rules_in_force',
      status: 'record',
      // The rule's text from the first version: no rule set covers the decision's own date.
      citation: FIRST_RULES.citation,
      confirmed: FIRST_RULES.confirmed,
      message,
    },
  ]);
}
