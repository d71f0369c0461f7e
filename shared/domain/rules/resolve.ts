/**
 * Resolves the rule set in force on a date: the national version whose date range holds it, then
 * the province period in force on that date, then the organisation period. Pure: the caller loads
 * the override file (see `shared/rules-config.ts`).
 */
import { NotFoundError, ValidationError } from '../errors';
import type { AwardCode } from '../vocabulary';
import { formatViDate, isWithin, parseIsoDate } from './dates';
import type { OverridePeriod, ProvinceRuleOverrides } from './overrides-schema';
import { NATIONAL_RULE_SETS } from './rule-sets';
import type {
  AppliedOverride,
  AwardDefinition,
  IsoDate,
  ParamRuleId,
  RuleDefinition,
  RuleId,
  RuleParams,
  RuleSet,
} from './types';

/**
 * The national rule-set version in force on `date` (the decision date of a nomination).
 * @throws NotFoundError when no version covers the date (before 01/01/2024).
 */
export function selectNationalRuleSet(date: IsoDate): RuleSet {
  parseIsoDate(date, 'decisionDate');
  const found = NATIONAL_RULE_SETS.find((set) => isWithin(date, set.effectiveFrom, set.effectiveUntil));
  if (!found) {
    throw new NotFoundError(
      'rule_set',
      date,
      `Không có bộ quy tắc áp dụng cho ngày ${formatViDate(date)} (hệ thống áp dụng từ 01/01/2024).`,
    );
  }
  return found;
}

/**
 * The complete rule set for a decision on `date`, with the province overrides (and, when
 * `organisation` is given, that organisation's overrides) in force on that date applied.
 * The result's `effectiveFrom`/`effectiveUntil` are narrowed to the applied override periods.
 * @throws NotFoundError when no national version covers the date, or the organisation is unknown.
 */
export function resolveRuleSet(
  date: IsoDate,
  overrides?: ProvinceRuleOverrides,
  options: { readonly organisation?: string } = {},
): RuleSet {
  let ruleSet = selectNationalRuleSet(date);
  if (!overrides) {
    if (options.organisation) throw unknownOrganisation(options.organisation);
    return ruleSet;
  }
  const provincePeriod = overrides.periods.find((p) => isWithin(date, p.effectiveFrom, p.effectiveUntil));
  if (provincePeriod) ruleSet = applyPeriod(ruleSet, provincePeriod, 'province', overrides.province);
  ruleSet = { ...ruleSet, id: `${ruleSet.nationalVersion}+${overrides.province}` };

  if (options.organisation) {
    const organisation = overrides.organisations?.[options.organisation];
    if (!organisation) throw unknownOrganisation(options.organisation);
    const orgPeriod = organisation.periods.find((p) => isWithin(date, p.effectiveFrom, p.effectiveUntil));
    if (orgPeriod) ruleSet = applyPeriod(ruleSet, orgPeriod, 'organisation', options.organisation);
    ruleSet = { ...ruleSet, id: `${ruleSet.id}/${options.organisation}` };
  }
  return ruleSet;
}

function unknownOrganisation(code: string): NotFoundError {
  return new NotFoundError(
    'organisation_rules',
    code,
    `Không tìm thấy cấu hình quy tắc của cơ quan "${code}".`,
  );
}

function applyPeriod(
  base: RuleSet,
  period: OverridePeriod,
  scope: AppliedOverride['scope'],
  code: string,
): RuleSet {
  const rules: Record<RuleId, RuleDefinition> = { ...base.rules };
  const params: Record<ParamRuleId, unknown> = { ...base.params };
  for (const [id, override] of Object.entries(period.rules ?? {}) as [
    RuleId,
    Record<string, unknown> | undefined,
  ][]) {
    if (!override) continue;
    const { enabled, ...paramOverride } = override;
    // The province text now carries the value, so it replaces the national citation.
    rules[id] = {
      ...rules[id],
      enabled: typeof enabled === 'boolean' ? enabled : rules[id].enabled,
      citation: period.basis,
      confirmed: period.confirmed,
      source: scope,
    };
    if (id in params && Object.keys(paramOverride).length > 0) {
      params[id as ParamRuleId] = {
        ...(params[id as ParamRuleId] as object),
        ...stripUndefined(paramOverride),
      };
    }
  }

  const awards: Record<AwardCode, AwardDefinition> = { ...base.awards };
  for (const [awardCode, override] of Object.entries(period.awards ?? {}) as [
    AwardCode,
    OverridePeriod['awards'],
  ][]) {
    const current = awards[awardCode];
    const change = override as NonNullable<OverridePeriod['awards']>[AwardCode];
    if (!change) continue;
    awards[awardCode] = {
      ...current,
      voting: change.voting ?? current.voting,
      tracks: change.tracks ?? current.tracks,
      timeLimitsWorkingDays: { ...current.timeLimitsWorkingDays, ...change.timeLimitsWorkingDays },
      citation: `${current.citation}; ${period.basis}`,
      confirmed: current.confirmed && period.confirmed,
    };
  }

  const until = period.effectiveUntil ?? null;
  return {
    ...base,
    effectiveFrom: laterDate(period.effectiveFrom, base.effectiveFrom),
    effectiveUntil: minUntil(base.effectiveUntil, until),
    awards,
    rules,
    params: params as unknown as RuleParams,
    appliedOverrides: [
      ...base.appliedOverrides,
      { scope, code, effectiveFrom: period.effectiveFrom, effectiveUntil: until, basis: period.basis },
    ],
  };
}

/** ISO dates compare as strings; Math.max would coerce them to NaN. */
function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return [a, b].sort()[1] ?? a;
}

function minUntil(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a == null) return b;
  if (b == null) return a;
  return a < b ? a : b;
}

function stripUndefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** Guards that a rule set covers a decision date, so a nomination is never judged by the wrong version. */
export function assertRuleSetCovers(ruleSet: RuleSet, date: IsoDate): void {
  if (!isWithin(date, ruleSet.effectiveFrom, ruleSet.effectiveUntil)) {
    throw new ValidationError([
      {
        path: 'decisionDate',
        code: 'RULE_SET_DATE_MISMATCH',
        message: `Bộ quy tắc ${ruleSet.id} không áp dụng cho ngày ${formatViDate(date)}.`,
      },
    ]);
  }
}
