import { RuleRefusedError } from '../../domain/errors';
import {
  inTheRunning,
  type QuotaRuleId,
  quotaAllowance,
  quotaRuleOf,
  quotaStanding,
  type RuleResult,
} from '../../domain/rules';
import type { AwardCode } from '../../domain/vocabulary';
import type { Nomination, TransitionExtra } from '../../store';
import { allPages } from '../../store/all-pages';
import type { AppPorts } from '../ports';
import { ruleSetToday } from '../rule-set';
import { draftOf } from './draft-form';

type Ports = Pick<AppPorts, 'nominations' | 'persons' | 'clock' | 'ruleOverrides'>;

/** No cap still takes a place, so the counter always equals the places held and can be given back. */
const UNCAPPED = Number.MAX_SAFE_INTEGER;

export interface QuotaPlan {
  readonly ruleId: QuotaRuleId;
  readonly baseAward: AwardCode;
  readonly baseCount: number;
  /** The base award's name, as people read it ("Lao động tiên tiến"). */
  readonly baseAwardName: string;
  /** `null` when the rule set sets no cap. */
  readonly allowed: number | null;
  readonly citation: string;
}

/**
 * The base of a unit's quota for a year: the people awarded the base award that year, plus the
 * unit's base-award nominations still in the running (LĐTT and CSTĐCS are decided together, so
 * this year's LĐTT are mostly nominations, not awards yet). A person is counted once.
 */
export async function quotaBase(
  ports: Ports,
  unitId: string,
  year: number,
  baseAward: AwardCode,
): Promise<number> {
  const awards = await allPages((page) =>
    ports.persons.listAwardsByUnitAndYear(unitId, year, { awardCode: baseAward, ...page }),
  );
  const nominations = await allPages((page) =>
    ports.nominations.listHeadsByUnit(unitId, page, { year, awardCode: baseAward }),
  );
  const people = new Set(
    awards.filter((a) => a.holder.kind === 'person' && !a.revokedBy).map((a) => `person:${a.holder.id}`),
  );
  for (const n of nominations) {
    if (!inTheRunning(n.state)) continue;
    const nominee = draftOf(n).nominee;
    const personId = nominee?.subject === 'person' ? nominee.personId : undefined;
    people.add(personId ? `person:${personId}` : `nomination:${n.id}`);
  }
  return people.size;
}

/** The quota a nomination's award is held to, or `undefined` when its award has none. */
export async function planQuota(
  ports: Ports,
  n: Pick<Nomination, 'unitId' | 'year' | 'awardCode'>,
): Promise<QuotaPlan | undefined> {
  const ruleId = quotaRuleOf(n.awardCode);
  if (!ruleId) return undefined;
  const ruleSet = ruleSetToday(ports);
  const baseAward = ruleSet.params[ruleId].base;
  const baseCount = await quotaBase(ports, n.unitId, n.year, baseAward);
  return {
    ruleId,
    baseAward,
    baseCount,
    baseAwardName: ruleSet.awards[baseAward].name,
    allowed: quotaAllowance(ruleSet, ruleId, baseCount),
    citation: ruleSet.rules[ruleId].citation,
  };
}

/**
 * The unit's quota as the eligibility panel shows it: the cap in words, the places used and left
 * (`[]` when the award has none). A draft is told whether a place is left before it is sent.
 */
export async function quotaStandingOf(
  ports: Ports,
  n: Pick<Nomination, 'organisationId' | 'unitId' | 'year' | 'awardCode' | 'state'>,
): Promise<RuleResult[]> {
  const ruleId = quotaRuleOf(n.awardCode);
  if (!ruleId) return [];
  const ruleSet = ruleSetToday(ports);
  const baseCount = await quotaBase(ports, n.unitId, n.year, ruleSet.params[ruleId].base);
  const used =
    (await ports.nominations.getQuotaUsed?.({
      organisationId: n.organisationId,
      unitId: n.unitId,
      year: n.year,
      awardCode: n.awardCode,
    })) ?? 0;
  const holdsPlace = inTheRunning(n.state);
  return [quotaStanding(ruleSet, ruleId, { year: n.year, baseCount, used, holdsPlace })];
}

export function takePlace(
  n: Pick<Nomination, 'organisationId' | 'unitId' | 'year' | 'awardCode'>,
  plan: QuotaPlan,
): TransitionExtra {
  return {
    kind: 'quota',
    organisationId: n.organisationId,
    unitId: n.unitId,
    year: n.year,
    awardCode: n.awardCode,
    limit: plan.allowed ?? UNCAPPED,
  };
}

/** The place a submitted nomination of a capped award holds, to give back when it leaves the race. */
export function releasePlace(
  n: Pick<Nomination, 'organisationId' | 'unitId' | 'year' | 'awardCode'>,
): TransitionExtra[] {
  if (!quotaRuleOf(n.awardCode)) return [];
  return [
    {
      kind: 'quota-release',
      organisationId: n.organisationId,
      unitId: n.unitId,
      year: n.year,
      awardCode: n.awardCode,
    },
  ];
}

/** The store's `QUOTA_EXHAUSTED` told as the rule it enforces, with its citation (HTTP 422). */
export function quotaRefusal(plan: QuotaPlan, year: number, used: unknown): RuleRefusedError {
  const taken = typeof used === 'number' ? used : (plan.allowed ?? 0);
  return new RuleRefusedError(
    [
      {
        ruleId: plan.ruleId,
        citation: plan.citation,
        message: `Đơn vị đã đề nghị ${taken} trong tối đa ${plan.allowed ?? 0} suất năm ${year} (tính trên ${plan.baseCount} cá nhân đạt danh hiệu "${plan.baseAwardName}"); không thể đề nghị thêm.`,
      },
    ],
    'Đề nghị vượt tỷ lệ khen thưởng cho phép của đơn vị.',
  );
}
