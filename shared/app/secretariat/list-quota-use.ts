import { ForbiddenError } from '../../domain/errors';
import { quotaAllowance, resolveRuleSet } from '../../domain/rules';
import type { AwardCode } from '../../domain/vocabulary';
import { vietnamDate } from '../../domain/workflow/guards';
import type { Principal } from '../../http/principal';
import type { Unit } from '../../store';
import { quotaBase, quotaRuleOf } from '../nominations/quota';
import type { AppPorts } from '../ports';
import type { QuotaUseReport, UnitQuotaUse } from './quota-use-report';

export type { QuotaUseReport, UnitQuotaUse } from './quota-use-report';

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
    const ruleSet = resolveRuleSet(vietnamDate(ports.clock.now().toISOString()), ports.ruleOverrides);
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
        return {
          unitId: unit.id,
          unitName: unit.name,
          baseCount,
          allowed: quotaAllowance(ruleSet, ruleId, baseCount),
          used,
        };
      }),
    );
    return { awardCode, year, ruleId, citation: ruleSet.rules[ruleId].citation, baseAward, units: rows };
  };
}
