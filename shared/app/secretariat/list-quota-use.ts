import { ForbiddenError } from '../../domain/errors';
import {
  evaluateQuota,
  inTheRunning,
  type QuotaRuleId,
  quotaAllowance,
  quotaRuleOf,
  type RuleSet,
  rankForCap,
} from '../../domain/rules';
import type { AwardCode } from '../../domain/vocabulary';
import type { Unit } from '../../store';
import { allPages } from '../../store/all-pages';
import { draftOf } from '../nominations/draft-form';
import { quotaBase } from '../nominations/quota';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { ruleSetToday } from '../rule-set';
import type { QuotaCandidateView, QuotaUseReport, UnitQuotaUse } from './quota-use-report';

export type { QuotaCandidateView, QuotaUseReport, UnitQuotaUse } from './quota-use-report';

/** Each unit of the caller's Sở against a capped award's quota (e.g. CSTĐCS ≤ 15 % of LĐTT) for a year. */
export function makeListQuotaUse(
  ports: Pick<AppPorts, 'nominations' | 'persons' | 'organisations' | 'clock' | 'ruleOverrides'>,
) {
  return async (principal: Principal, awardCode: AwardCode, year: number): Promise<QuotaUseReport> => {
    const organisationId = principal.orgId;
    if (!organisationId) {
      throw new ForbiddenError('NO_ORGANISATION', 'Tài khoản của bạn chưa được gắn với cơ quan nào.');
    }
    const ruleId = quotaRuleOf(awardCode);
    if (!ruleId) return { awardCode, year, ruleId: '', citation: '', baseAward: awardCode, units: [] };
    const ruleSet = ruleSetToday(ports);
    const baseAward = ruleSet.params[ruleId].base;
    const units: Unit[] = [];
    let cursor: string | undefined;
    do {
      const page = await ports.organisations.listUnits(organisationId, {
        limit: 100,
        ...(cursor ? { cursor } : {}),
      });
      units.push(...page.items);
      cursor = page.cursor;
    } while (cursor !== undefined);
    const rows = await Promise.all(
      units.map(async (unit): Promise<UnitQuotaUse> => {
        const baseCount = await quotaBase(ports, unit.id, year, baseAward);
        const used =
          (await ports.nominations.getQuotaUsed?.({ organisationId, unitId: unit.id, year, awardCode })) ?? 0;
        const allowed = quotaAllowance(ruleSet, ruleId, baseCount);
        return {
          unitId: unit.id,
          unitName: unit.name,
          baseCount,
          allowed,
          used,
          candidates: await rankedCandidates(ports, ruleSet, ruleId, {
            unitId: unit.id,
            year,
            awardCode,
            baseCount,
          }),
        };
      }),
    );
    return { awardCode, year, ruleId, citation: ruleSet.rules[ruleId].citation, baseAward, units: rows };
  };
}

/** The unit's nominations of a capped award in the running, ranked by priority at the cap. */
async function rankedCandidates(
  ports: Pick<AppPorts, 'nominations'>,
  ruleSet: RuleSet,
  ruleId: QuotaRuleId,
  unit: { unitId: string; year: number; awardCode: AwardCode; baseCount: number },
): Promise<QuotaCandidateView[]> {
  const { unitId, year, awardCode, baseCount } = unit;
  const running = (
    await allPages((page) => ports.nominations.listHeadsByUnit(unitId, page, { year, awardCode }))
  )
    .filter((n) => inTheRunning(n.state))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const byId = new Map(running.map((n) => [n.id, n]));
  const ranked = rankForCap(
    ruleSet,
    running.map((n) => {
      const nominee = draftOf(n).nominee;
      return nominee.subject === 'person'
        ? {
            id: n.id,
            subject: 'person' as const,
            isWoman: nominee.gender === undefined ? undefined : nominee.gender === 'female',
            holdsLeadershipPost: nominee.holdsLeadershipPost,
          }
        : {
            id: n.id,
            subject: 'collective' as const,
            members: nominee.memberCount,
            women: nominee.femaleMemberCount,
          };
    }),
  );
  // Who is within the cap is the rule's decision, over the ranking: the first places go first.
  const { accepted } = evaluateQuota(ruleSet, ruleId, {
    unitId,
    baseCount,
    candidates: ranked.map((r) => ({ nominationId: r.id })),
  });
  const within = new Set(accepted);
  return ranked.map((r) => ({
    nominationId: r.id,
    nomineeName: byId.get(r.id)?.nominee.name ?? r.id,
    rank: r.rank,
    reasons: r.reasons,
    withinCap: within.has(r.id),
  }));
}
