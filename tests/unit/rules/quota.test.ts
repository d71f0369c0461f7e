import { describe, expect, it } from 'vitest';
import {
  evaluateQuota,
  inTheRunning,
  placeLeft,
  type QuotaCandidate,
  quotaAllowance,
  quotaRuleOf,
  resolveRuleSet,
  selectNationalRuleSet,
} from '../../../shared/domain/rules';
import { provinceOverrides } from './factories';

/**
 * A province quy chế that sets the cap at 15 % of the unit's LĐTT (a test fixture: the national
 * 15 % of NĐ 91/2017 is repealed, so only a province text can set it).
 */
const QUY_CHE = 'Quy chế thi đua, khen thưởng của tỉnh (thử nghiệm), Điều 10';
const quyChe = (rule: Record<string, unknown> = {}) =>
  provinceOverrides({
    periods: [
      {
        effectiveFrom: '2024-01-01',
        basis: QUY_CHE,
        confirmed: true,
        rules: { 'CSTDCS.quota': { percent: 15, ...rule } },
      },
    ],
  });
const ruleSet = resolveRuleSet('2025-12-15', quyChe());
const candidates = (n: number, path: QuotaCandidate['path'] = 'htxs'): QuotaCandidate[] =>
  Array.from({ length: n }, (_, i) => ({ nominationId: `NOM-${i + 1}`, path }));

describe('CSTĐCS quota: none unless the province quy chế sets one', () => {
  it('has no cap under the national rules: Luật 2022 and NĐ 98/152 set none, NĐ 91/2017 is repealed', () => {
    for (const date of ['2024-06-01', '2025-12-15']) {
      const national = selectNationalRuleSet(date);
      const evaluation = evaluateQuota(national, 'CSTDCS.quota', {
        unitId: 'P-TCCB',
        baseCount: 20,
        candidates: candidates(10),
      });
      expect(evaluation.allowed).toBeNull();
      expect(evaluation.refused).toEqual([]);
      expect(evaluation.result.status).toBe('passed');
      expect(evaluation.result.message).toContain('không giới hạn');
      expect(national.rules['CSTDCS.quota'].citation).not.toContain('91/2017');
    }
  });

  it('takes the cap, its citation and its effective date from the quy chế', () => {
    expect(ruleSet.rules['CSTDCS.quota']).toMatchObject({ citation: QUY_CHE, source: 'province' });
    const fromJuly = provinceOverrides({
      periods: [
        {
          effectiveFrom: '2025-07-01',
          basis: QUY_CHE,
          confirmed: true,
          rules: { 'CSTDCS.quota': { percent: 15 } },
        },
      ],
    });
    expect(quotaAllowance(resolveRuleSet('2025-06-30', fromJuly), 'CSTDCS.quota', 20)).toBeNull();
    expect(quotaAllowance(resolveRuleSet('2025-07-01', fromJuly), 'CSTDCS.quota', 20)).toBe(3);
  });
});

describe('CSTĐCS quota set by a quy chế at 15 % of the unit LĐTT, rounded down', () => {
  it('allows 3 CSTĐCS for a unit with 20 LĐTT', () => {
    const evaluation = evaluateQuota(ruleSet, 'CSTDCS.quota', {
      unitId: 'P-TCCB',
      baseCount: 20,
      candidates: candidates(3),
    });
    expect(evaluation.allowed).toBe(3);
    expect(evaluation.result).toMatchObject({ ruleId: 'CSTDCS.quota', status: 'passed', citation: QUY_CHE });
    expect(evaluation.refused).toEqual([]);
  });

  it('refuses the fourth CSTĐCS of a unit with 20 LĐTT, naming it', () => {
    const evaluation = evaluateQuota(ruleSet, 'CSTDCS.quota', {
      unitId: 'P-TCCB',
      baseCount: 20,
      candidates: candidates(4),
    });
    expect(evaluation.result.status).toBe('failed');
    expect(evaluation.accepted).toEqual(['NOM-1', 'NOM-2', 'NOM-3']);
    expect(evaluation.refused).toEqual(['NOM-4']);
    expect(evaluation.result.message).toContain('NOM-4');
  });

  it.each([
    [3, 0],
    [6, 0],
    [7, 1],
    [13, 1],
    [14, 2],
    [26, 3],
    [27, 4],
    [100, 15],
  ])('lets a unit with %i LĐTT propose %i CSTĐCS (15 percent, rounded down)', (ldtt, allowed) => {
    expect(quotaAllowance(ruleSet, 'CSTDCS.quota', ldtt)).toBe(allowed);
  });

  it('refuses the only CSTĐCS of a unit with 6 LĐTT, since one of six is 16.7 % > 15 %', () => {
    const evaluation = evaluateQuota(ruleSet, 'CSTDCS.quota', {
      unitId: 'P-NHO',
      baseCount: 6,
      candidates: candidates(1),
    });
    expect(evaluation.allowed).toBe(0);
    expect(evaluation.result.status).toBe('failed');
  });

  it('gives a small unit of 3 LĐTT one CSTĐCS when the province sets a minimum of 1', () => {
    const withMinimum = resolveRuleSet('2025-12-15', quyChe({ minimumAllowed: 1 }));
    expect(quotaAllowance(withMinimum, 'CSTDCS.quota', 3)).toBe(1);
    expect(withMinimum.rules['CSTDCS.quota']).toMatchObject({ citation: QUY_CHE, source: 'province' });
  });

  it('rounds 4.5 up to 5 when the province chooses round_half_up, and keeps 4 by default', () => {
    const overrides = quyChe({ rounding: 'round_half_up' });
    expect(quotaAllowance(resolveRuleSet('2025-12-15', overrides), 'CSTDCS.quota', 30)).toBe(5);
    expect(quotaAllowance(ruleSet, 'CSTDCS.quota', 30)).toBe(4);
  });

  it('counts only the HTXSNV path when the province applies the cap to that path', () => {
    const perPath = resolveRuleSet('2025-12-15', quyChe({ appliesTo: 'htxs_path' }));
    const mixed = [...candidates(3, 'htxs'), { nominationId: 'NOM-SK', path: 'initiative' as const }];
    const evaluation = evaluateQuota(perPath, 'CSTDCS.quota', {
      unitId: 'P-TCCB',
      baseCount: 20,
      candidates: mixed,
    });
    expect(evaluation.result.status).toBe('passed');
    expect(evaluation.accepted).toContain('NOM-SK');
  });

  it('has no CSTĐ cấp tỉnh cap unless a province sets one', () => {
    const evaluation = evaluateQuota(ruleSet, 'CSTD_TINH.quota', {
      unitId: 'SO',
      baseCount: 10,
      candidates: candidates(5),
    });
    expect(evaluation.allowed).toBeNull();
    expect(evaluation.result.status).toBe('passed');
  });
});

describe('the one home of the quota', () => {
  it('names the capped awards and the rule that caps each', () => {
    expect(quotaRuleOf('CSTDCS')).toBe('CSTDCS.quota');
    expect(quotaRuleOf('CSTD_TINH')).toBe('CSTD_TINH.quota');
    expect(quotaRuleOf('LDTT')).toBeUndefined();
    expect(quotaRuleOf('BK_TINH')).toBeUndefined();
  });

  it('counts a nomination once sent and while in the running, never a draft or one that left the race', () => {
    for (const state of [
      'submitted',
      'returned',
      'accepted',
      'in_council',
      'council_passed',
      'forwarded',
      'decided',
    ])
      expect(inTheRunning(state), state).toBe(true);
    for (const state of ['draft', 'withdrawn', 'council_failed', 'province_rejected', 'revoked'])
      expect(inTheRunning(state), state).toBe(false);
  });

  it('finds a place while fewer than the allowance are taken, and always without a cap', () => {
    expect(placeLeft(3, 2)).toBe(true);
    expect(placeLeft(3, 3)).toBe(false);
    expect(placeLeft(0, 0)).toBe(false);
    expect(placeLeft(null, 1000)).toBe(true);
  });

  it('gives the places to the first candidates of the ranking: 20 LĐTT at 15 % → the first 3', () => {
    const evaluation = evaluateQuota(ruleSet, 'CSTDCS.quota', {
      unitId: 'unit-1',
      baseCount: 20,
      candidates: candidates(5),
    });

    expect(evaluation.accepted).toEqual(['NOM-1', 'NOM-2', 'NOM-3']);
    expect(evaluation.refused).toEqual(['NOM-4', 'NOM-5']);
  });
});
