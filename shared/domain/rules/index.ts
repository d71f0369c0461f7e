/** The legal rule engine: versioned rule sets, eligibility, quotas, the initiative registry, targets. */
export { DEFAULT_CATALOG, OPEN_VOTE_70, SECRET_VOTE_90 } from './catalog';
export { formatViDate } from './dates';
export { type DossierFacts, requiredDossierKinds } from './dossier';
export { type EligibilityReport, evaluateEligibility, evaluateEligibilityWith } from './eligibility/evaluate';
export type {
  BlockingStatus,
  CollectiveFacts,
  DisciplineRecord,
  EligibilityInput,
  InitiativeClaim,
  MemberCounts,
  NomineeFacts,
  PersonFacts,
} from './eligibility/facts';
export {
  type AwardHistoryEntry,
  type ConsecutiveRun,
  consecutiveAnnualRun,
  type YearRating,
} from './history';
export {
  checkInitiativeReuse,
  findInitiativeConflicts,
  type InitiativeConflict,
  type InitiativeUse,
  recordInitiativeUses,
} from './initiatives';
export {
  type OverridePeriod,
  type ProvinceRuleOverrides,
  provinceRuleOverridesSchema,
} from './overrides-schema';
export { parseProvinceOverrides } from './parse-overrides';
export {
  evaluateQuota,
  inTheRunning,
  placeLeft,
  type QuotaCandidate,
  type QuotaEvaluation,
  type QuotaInput,
  type QuotaRuleId,
  quotaAllowance,
  quotaRuleOf,
  quotaStanding,
} from './quota';
export { RULES_FROM, type RuleBasis, ruleBasisOf } from './record-basis';
export { assertRuleSetCovers, resolveRuleSet, selectNationalRuleSet } from './resolve';
export { combineVerdict, type RuleResult, type RuleStatus, VERDICT_LABELS, type Verdict } from './results';
export { percentOf, shareReaches } from './rounding';
export { NATIONAL_RULE_SETS, ND98_RULE_SET, ND152_RULE_SET } from './rule-sets';
export { type CampaignTarget, measureTargetProgress, type TargetProgress } from './targets';
export { type RankedCandidate, rankForCap, type TieCandidate } from './tie-break';
export * from './types';
