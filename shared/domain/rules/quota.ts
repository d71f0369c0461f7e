/**
 * Quotas over a unit's nominations, e.g. CSTĐCS ≤ 15 % of the unit's LĐTT. The default rounding
 * is `floor` (see rounding.ts): 20 LĐTT → 3 CSTĐCS; 6 LĐTT → 0; a unit with 3 LĐTT gets none
 * unless its province sets `minimumAllowed` (e.g. 1) in its override file.
 */

import type { AwardCode } from '../vocabulary';
import { type RuleResult, ruleResult } from './results';
import { percentOf } from './rounding';
import type { RuleId, RuleSet } from './types';

/** The quota rules the engine knows. */
export type QuotaRuleId = Extract<RuleId, 'CSTDCS.quota' | 'CSTD_TINH.quota'>;

/**
 * The one home of the quota: which awards are capped (here), which nominations count (here),
 * the allowance's arithmetic (`quotaAllowance`), who is within the cap (`evaluateQuota`), and
 * how a nomination's place is told (`quotaStanding`). Submitting, the list preview, the
 * eligibility panel and the secretariat's report all decide through these.
 */
const QUOTA_RULES: Partial<Record<AwardCode, QuotaRuleId>> = {
  CSTDCS: 'CSTDCS.quota',
  CSTD_TINH: 'CSTD_TINH.quota',
};

/** The rule that caps an award by a share of the unit's base award, if any. */
export const quotaRuleOf = (award: AwardCode): QuotaRuleId | undefined => QUOTA_RULES[award];

/** States of a nomination not (or no longer) in the running: it holds no place and is no base. */
const OUT_OF_THE_RUNNING: ReadonlySet<string> = new Set([
  'draft',
  'withdrawn',
  'council_failed',
  'province_rejected',
  'revoked',
]);

/**
 * Whether a nomination in `state` is in the running: sent and not withdrawn, failed, rejected or
 * revoked. Such a nomination holds a place under its award's cap, and a base-award one (LĐTT)
 * counts in the base of the cap.
 */
export const inTheRunning = (state: string): boolean => !OUT_OF_THE_RUNNING.has(state);

/** Whether one more nomination finds a place when `taken` are held (`allowed` null: no cap). */
export const placeLeft = (allowed: number | null, taken: number): boolean =>
  allowed === null || taken < allowed;

/** One nomination of the unit competing for the quota, in the unit's ranking order. */
export interface QuotaCandidate {
  readonly nominationId: string;
  /** For CSTĐCS: the path of Điều 23 used (matters when the cap applies to the HTXSNV path only). */
  readonly path?: 'htxs' | 'initiative';
}

export interface QuotaInput {
  readonly unitId: string;
  /** Count of the base award in the unit this year (e.g. individuals reaching LĐTT). */
  readonly baseCount: number;
  /** Ranked best first: when over the cap, the last ones are refused. */
  readonly candidates: readonly QuotaCandidate[];
}

export interface QuotaEvaluation {
  readonly ruleId: QuotaRuleId;
  /** `null` when no cap applies. */
  readonly allowed: number | null;
  /** Candidates that count against the cap. */
  readonly counted: number;
  readonly accepted: readonly string[];
  readonly refused: readonly string[];
  /** One result for the unit as a whole. */
  readonly result: RuleResult;
}

/** The number of nominations a quota allows for a base count, or `null` when there is no cap. */
export function quotaAllowance(ruleSet: RuleSet, ruleId: QuotaRuleId, baseCount: number): number | null {
  const params = ruleSet.params[ruleId];
  if (!ruleSet.rules[ruleId].enabled || params.percent === null) return null;
  return Math.max(percentOf(baseCount, params.percent, params.rounding), params.minimumAllowed);
}

/**
 * Checks a unit's ranked candidates against a quota: the first `allowed` counted candidates are
 * accepted, the rest refused (failed), so the council sees exactly who is over the cap.
 */
export function evaluateQuota(ruleSet: RuleSet, ruleId: QuotaRuleId, input: QuotaInput): QuotaEvaluation {
  const params = ruleSet.params[ruleId];
  const allowed = quotaAllowance(ruleSet, ruleId, input.baseCount);
  const counts = (c: QuotaCandidate) => params.appliesTo === 'all' || c.path !== 'initiative';
  const countedCandidates = input.candidates.filter(counts);
  const exempt = input.candidates.filter((c) => !counts(c)).map((c) => c.nominationId);
  const award = cappedAward(ruleSet, ruleId);

  if (allowed === null) {
    const all = input.candidates.map((c) => c.nominationId);
    return {
      ruleId,
      allowed,
      counted: countedCandidates.length,
      accepted: all,
      refused: [],
      result: noCap(ruleSet, ruleId),
    };
  }

  const accepted = [...exempt, ...countedCandidates.slice(0, allowed).map((c) => c.nominationId)];
  const refused = countedCandidates.slice(allowed).map((c) => c.nominationId);
  const arithmetic = capArithmetic(ruleSet, ruleId, input.baseCount);
  const rule = `${arithmetic.share} (${arithmetic.rounding}) = ${allowed}`;
  const details = {
    unitId: input.unitId,
    allowed,
    counted: countedCandidates.length,
    baseCount: input.baseCount,
    refused,
  };
  const result =
    refused.length === 0
      ? ruleResult(
          ruleSet,
          ruleId,
          'passed',
          `Đơn vị đề nghị ${countedCandidates.length} "${award}", trong giới hạn cho phép: ${rule}.`,
          details,
        )
      : ruleResult(
          ruleSet,
          ruleId,
          'failed',
          `Đơn vị đề nghị ${countedCandidates.length} "${award}", vượt giới hạn: ${rule}. Vượt ${refused.length}: ${refused.join(', ')}.`,
          details,
        );
  return { ruleId, allowed, counted: countedCandidates.length, accepted, refused, result };
}

/** A unit's places under a quota as one nomination sees them before (or after) it is sent. */
export interface QuotaStandingInput {
  readonly year: number;
  readonly baseCount: number;
  /** Places the unit's sent nominations of the award hold this year. */
  readonly used: number;
  /** Whether this nomination is among them (sent and still in the running). */
  readonly holdsPlace: boolean;
}

/**
 * The quota told in words for the eligibility panel: the cap and its arithmetic, the places used
 * and left. A draft that would find no place left fails (sending it will be refused); with no cap
 * configured the result says so and passes.
 */
export function quotaStanding(ruleSet: RuleSet, ruleId: QuotaRuleId, input: QuotaStandingInput): RuleResult {
  const allowed = quotaAllowance(ruleSet, ruleId, input.baseCount);
  if (allowed === null) return noCap(ruleSet, ruleId);
  const arithmetic = capArithmetic(ruleSet, ruleId, input.baseCount);
  const cap = `Đơn vị được đề nghị tối đa ${allowed} "${cappedAward(ruleSet, ruleId)}" năm ${input.year} (${arithmetic.share}, ${arithmetic.rounding})`;
  const left = Math.max(allowed - input.used, 0);
  const hasPlace = placeLeft(allowed, input.used);
  const details = { allowed, used: input.used, left, baseCount: input.baseCount };
  if (input.holdsPlace)
    return ruleResult(
      ruleSet,
      ruleId,
      'passed',
      `${cap}; đã đề nghị ${input.used}, kể cả đề nghị này; còn ${left} suất.`,
      details,
    );
  return hasPlace
    ? ruleResult(ruleSet, ruleId, 'passed', `${cap}; đã đề nghị ${input.used}, còn ${left} suất.`, details)
    : ruleResult(
        ruleSet,
        ruleId,
        'failed',
        `${cap}; đã đề nghị ${input.used}, không còn suất: đề nghị này sẽ không gửi được.`,
        details,
      );
}

/** The capped award's name, from the catalog: `CSTDCS.quota` caps `CSTDCS`. */
const cappedAward = (ruleSet: RuleSet, ruleId: QuotaRuleId) =>
  ruleSet.awards[ruleId.slice(0, ruleId.indexOf('.')) as AwardCode].name;

/** The result when no cap is configured: it passes, and says so. */
const noCap = (ruleSet: RuleSet, ruleId: QuotaRuleId) =>
  ruleResult(
    ruleSet,
    ruleId,
    'passed',
    `Quy chế của tỉnh không quy định tỷ lệ tối đa "${cappedAward(ruleSet, ruleId)}": không giới hạn số lượng.`,
    { allowed: null },
  );

/** How the allowance is reckoned: the share of the base ("15 % của 20 cá nhân đạt "Lao động tiên tiến"") and the rounding. */
function capArithmetic(ruleSet: RuleSet, ruleId: QuotaRuleId, baseCount: number) {
  const params = ruleSet.params[ruleId];
  return {
    share: `${formatPercent(params.percent ?? 0)} của ${baseCount} cá nhân đạt "${ruleSet.awards[params.base].name}"`,
    rounding: `làm tròn ${roundingLabel(params.rounding)}${params.minimumAllowed > 0 ? `, tối thiểu ${params.minimumAllowed}` : ''}`,
  };
}

/** "15 %", "12,5 %": the decimal comma people read. */
const formatPercent = (percent: number) => `${String(percent).replace('.', ',')} %`;

function roundingLabel(mode: RuleSet['params']['CSTDCS.quota']['rounding']): string {
  switch (mode) {
    case 'floor':
      return 'xuống';
    case 'ceil':
      return 'lên';
    case 'round_half_up':
      return 'theo quy tắc 0,5 làm tròn lên';
  }
}
