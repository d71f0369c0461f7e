/** What a rule says about one nomination, and how results combine into a verdict. */
import type { RuleId, RuleSet } from './types';

/**
 * - `passed` / `failed`: the facts meet or miss the rule;
 * - `needs_evidence`: the claim may hold but the proof is missing (e.g. an initiative without its
 *   recognition certificate, a prerequisite still pending);
 * - `forwarded`: a national award; the province forwards it and the system stops there;
 * - `record`: a decision dated before the rules the system applies (01/01/2024): kept, not judged.
 */
export type RuleStatus = 'passed' | 'failed' | 'needs_evidence' | 'forwarded' | 'record';

export interface RuleResult {
  readonly ruleId: RuleId;
  readonly status: RuleStatus;
  readonly citation: string;
  /** `false` when the rule is an unconfirmed, configurable default. */
  readonly confirmed: boolean;
  /** Vietnamese, for people. */
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export type Verdict = 'eligible' | 'ineligible' | 'needs_evidence' | 'forwarded' | 'record';

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  eligible: 'Đủ điều kiện',
  ineligible: 'Không đủ điều kiện',
  needs_evidence: 'Cần bổ sung minh chứng',
  forwarded: 'Trình cấp trên xem xét',
  record: 'Hồ sơ lưu trữ (trước 01/01/2024)',
};

/** Builds a result carrying the rule's citation and confirmation from the rule set. */
export function ruleResult(
  ruleSet: RuleSet,
  ruleId: RuleId,
  status: RuleStatus,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): RuleResult {
  const rule = ruleSet.rules[ruleId];
  return {
    ruleId,
    status,
    citation: rule.citation,
    confirmed: rule.confirmed,
    message,
    ...(details ? { details } : {}),
  };
}

/** Any failure refuses; else missing evidence holds it; else a national award is forwarded. */
export function combineVerdict(results: readonly RuleResult[]): Verdict {
  if (results.some((r) => r.status === 'failed')) return 'ineligible';
  if (results.some((r) => r.status === 'needs_evidence')) return 'needs_evidence';
  if (results.some((r) => r.status === 'forwarded')) return 'forwarded';
  return 'eligible';
}
