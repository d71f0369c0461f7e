import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../../shared/domain/errors';
import {
  evaluateEligibility,
  evaluateEligibilityWith,
  evaluateQuota,
  NATIONAL_RULE_SETS,
  RULE_IDS,
  resolveRuleSet,
  ruleBasisOf,
  selectNationalRuleSet,
} from '../../../shared/domain/rules';
import { AWARD_CODES } from '../../../shared/domain/vocabulary';
import { anAward, anInitiative, anInput, aPerson, provinceOverrides } from './factories';

describe('national rule-set versions', () => {
  it('judges a decision of 30/06/2025 by NĐ 98/2023 and one of 01/07/2025 by NĐ 152/2025', () => {
    expect(selectNationalRuleSet('2025-06-30').id).toBe('VN-2024-ND98');
    expect(selectNationalRuleSet('2025-07-01').id).toBe('VN-2025-ND152');
  });

  it('quotes the decree of the day and flags what NĐ 152 left unconfirmed', () => {
    // Arrange: the same nominee, decided one day apart.
    const before = anInput({ year: 2024, decisionDate: '2025-06-30' });
    const after = anInput({ year: 2024, decisionDate: '2025-07-01' });
    // Act
    const old = evaluateEligibility(before);
    const current = evaluateEligibility(after);
    // Assert
    const block = (r: typeof old) => r.results.find((x) => x.ruleId === 'COMMON.discipline_block');
    const recruitment = (r: typeof old) => r.results.find((x) => x.ruleId === 'LDTT.recruitment');
    expect(old.ruleSetId).toBe('VN-2024-ND98');
    expect(current.ruleSetId).toBe('VN-2025-ND152');
    expect(block(old)).toMatchObject({ citation: 'Điều 4 Nghị định 98/2023/NĐ-CP', confirmed: true });
    expect(block(current)).toMatchObject({ citation: 'Điều 4 Nghị định 152/2025/NĐ-CP', confirmed: false });
    expect(recruitment(old)?.confirmed).toBe(true);
    expect(recruitment(current)?.confirmed).toBe(false);
  });

  it('gives different quota results on 30/06 and 01/07/2025 when a province regulation changes on 01/07', () => {
    // Arrange: a province that lowered its CSTĐCS cap from 15 % to 10 % with the new decree (test fixture).
    const overrides = provinceOverrides({
      periods: [
        {
          effectiveFrom: '2024-01-01',
          effectiveUntil: '2025-06-30',
          basis: 'Quy định cũ (thử nghiệm)',
          confirmed: true,
          rules: { 'CSTDCS.quota': { percent: 15 } },
        },
        {
          effectiveFrom: '2025-07-01',
          basis: 'Quy định mới (thử nghiệm)',
          confirmed: true,
          rules: { 'CSTDCS.quota': { percent: 10 } },
        },
      ],
    });
    const unit = {
      unitId: 'P-1',
      baseCount: 20,
      candidates: [{ nominationId: 'A' }, { nominationId: 'B' }, { nominationId: 'C' }],
    };
    // Act
    const june = evaluateQuota(resolveRuleSet('2025-06-30', overrides), 'CSTDCS.quota', unit);
    const july = evaluateQuota(resolveRuleSet('2025-07-01', overrides), 'CSTDCS.quota', unit);
    // Assert
    expect(june).toMatchObject({ allowed: 3, refused: [] });
    expect(june.result.status).toBe('passed');
    expect(july).toMatchObject({ allowed: 2, refused: ['C'] });
    expect(july.result).toMatchObject({
      status: 'failed',
      citation: 'Quy định mới (thử nghiệm)',
      confirmed: true,
    });
  });

  it('refuses to judge a decision dated before the 2022 Law took effect', () => {
    expect(() => selectNationalRuleSet('2023-12-31')).toThrow(NotFoundError);
    expect(() => selectNationalRuleSet('2023-12-31')).toThrow('31/12/2023');
  });

  it('rejects a malformed decision date', () => {
    expect(() => selectNationalRuleSet('2025-02-30')).toThrow(ValidationError);
  });

  it('refuses to evaluate with a rule set that does not cover the decision date', () => {
    const nd98 = selectNationalRuleSet('2025-01-10');
    expect(() => evaluateEligibilityWith(nd98, anInput({ decisionDate: '2025-12-15' }))).toThrow(
      ValidationError,
    );
  });

  it('has contiguous versions with a citation for every rule and a definition for every award', () => {
    const [first, second] = NATIONAL_RULE_SETS;
    expect(first?.effectiveUntil).toBe('2025-06-30');
    expect(second?.effectiveFrom).toBe('2025-07-01');
    for (const ruleSet of NATIONAL_RULE_SETS) {
      expect(Object.keys(ruleSet.rules).sort()).toEqual([...RULE_IDS].sort());
      for (const id of RULE_IDS) expect(ruleSet.rules[id].citation.length).toBeGreaterThan(5);
      expect(Object.keys(ruleSet.awards).sort()).toEqual([...AWARD_CODES].sort());
    }
  });

  it('applies an organisation override on top of the province', () => {
    const overrides = provinceOverrides({
      periods: [
        {
          effectiveFrom: '2025-07-01',
          basis: 'Quy định tỉnh (thử nghiệm)',
          confirmed: false,
          awards: { BK_TINH: { timeLimitsWorkingDays: { province_review: 20 } } },
        },
      ],
      organisations: {
        snv: {
          name: 'Sở Nội vụ',
          periods: [
            {
              effectiveFrom: '2025-07-01',
              basis: 'Quy chế HĐ TĐKT Sở (thử nghiệm)',
              confirmed: false,
              rules: { 'GIAY_KHEN.criteria': { minRating: 'HTXSNV' } },
            },
          ],
        },
      },
    });
    const ruleSet = resolveRuleSet('2025-12-15', overrides, { organisation: 'snv' });
    expect(ruleSet.id).toBe('VN-2025-ND152+tinh-thu/snv');
    expect(ruleSet.awards.BK_TINH.timeLimitsWorkingDays.province_review).toBe(20);
    expect(ruleSet.params['GIAY_KHEN.criteria'].minRating).toBe('HTXSNV');
    expect(ruleSet.rules['GIAY_KHEN.criteria'].source).toBe('organisation');
    expect(ruleSet.appliedOverrides.map((o) => o.scope)).toEqual(['province', 'organisation']);
  });

  it('skips a rule a province switched off, and says so', () => {
    const overrides = provinceOverrides({
      periods: [
        {
          effectiveFrom: '2024-01-01',
          basis: 'Quy định thử nghiệm',
          confirmed: false,
          rules: { 'LDTT.recruitment': { enabled: false } },
        },
      ],
    });
    const report = evaluateEligibility(anInput({ nominee: aPerson({ recruitedOn: '2025-11-01' }) }), {
      overrides,
    });
    expect(report.disabledRuleIds).toEqual(['LDTT.recruitment']);
    expect(report.verdict).toBe('eligible');
  });
});

describe('history before 01/01/2024 is a record, not a judgment', () => {
  // Luật TĐKT 2022 took effect on 01/01/2024 (Điều 95): decisions before it were taken under the old law.
  it('re-checking a 2023 decision reports it as a record instead of failing', () => {
    const report = evaluateEligibility(
      anInput({
        award: 'CSTDCS',
        year: 2023,
        decisionDate: '2023-12-20',
        nominee: aPerson({ taskRating: 'HTXSNV' }),
      }),
    );
    expect(report.verdict).toBe('record');
    expect(report.verdictLabel).toBe('Hồ sơ lưu trữ (trước 01/01/2024)');
    expect(report.results).toEqual([
      expect.objectContaining({
        ruleId: 'COMMON.rules_in_force',
        status: 'record',
        message: expect.stringContaining('vẫn tính vào quá trình khen thưởng'),
      }),
    ]);
  });

  it('tells the basis of a date: a record before 2024, the decree in force after', () => {
    expect(ruleBasisOf('2023-12-31').kind).toBe('record');
    expect(ruleBasisOf('2024-01-01')).toMatchObject({ kind: 'rules', ruleSetId: 'VN-2024-ND98' });
    expect(ruleBasisOf('2025-07-01')).toMatchObject({ kind: 'rules', ruleSetId: 'VN-2025-ND152' });
  });

  it('still counts a 2022–2023 CSTĐCS run toward CSTĐ cấp tỉnh judged in 2024', () => {
    const report = evaluateEligibility(
      anInput({
        award: 'CSTD_TINH',
        year: 2024,
        decisionDate: '2024-12-20',
        nominee: aPerson({ initiatives: [anInitiative({ scope: 'province', recognisedYear: 2024 })] }),
        history: [anAward(2022, 'CSTDCS'), anAward(2023, 'CSTDCS'), anAward(2024, 'CSTDCS')],
      }),
    );
    expect(report.results.find((r) => r.ruleId === 'CSTD_TINH.consecutive_cstdcs')?.status).toBe('passed');
  });
});
