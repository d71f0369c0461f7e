import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type RuleResult, selectNationalRuleSet } from '../../../shared/domain/rules';
import { anAward, anInitiative, anInput, aPerson } from './factories';

const byId = (results: readonly RuleResult[], id: string) => results.find((r) => r.ruleId === id);
const provincialInitiative = anInitiative({ id: 'SK-T-2025-07', scope: 'province' });
const nominee = aPerson({ taskRating: 'HTXSNV', initiatives: [provincialInitiative] });

describe('Chiến sĩ thi đua cấp tỉnh', () => {
  it('is eligible with 3 consecutive annual CSTĐCS and a provincial-reach initiative', () => {
    const history = [anAward(2023, 'CSTDCS'), anAward(2024, 'CSTDCS'), anAward(2025, 'CSTDCS')];
    const report = evaluateEligibility(anInput({ award: 'CSTD_TINH', nominee, history }));
    expect(report.verdict).toBe('eligible');
    expect(byId(report.results, 'CSTD_TINH.consecutive_cstdcs')).toMatchObject({
      status: 'passed',
      details: { years: [2025, 2024, 2023] },
    });
    expect(byId(report.results, 'CSTD_TINH.consecutive_cstdcs')?.citation).toContain(
      'Điều 22 Luật TĐKT 2022',
    );
  });

  it('refuses only 2 consecutive CSTĐCS', () => {
    const history = [anAward(2024, 'CSTDCS'), anAward(2025, 'CSTDCS')];
    const report = evaluateEligibility(anInput({ award: 'CSTD_TINH', nominee, history }));
    expect(byId(report.results, 'CSTD_TINH.consecutive_cstdcs')?.status).toBe('failed');
    expect(report.verdict).toBe('ineligible');
  });

  it('does not count a campaign-track CSTĐCS in the middle: the run is broken', () => {
    const history = [anAward(2023, 'CSTDCS'), anAward(2024, 'CSTDCS', 'campaign'), anAward(2025, 'CSTDCS')];
    const report = evaluateEligibility(anInput({ award: 'CSTD_TINH', nominee, history }));
    const result = byId(report.results, 'CSTD_TINH.consecutive_cstdcs');
    expect(result).toMatchObject({ status: 'failed', details: { years: [2025] } });
    expect(result?.message).toContain(
      'Không tính danh hiệu năm 2024 theo loại hình "Theo chuyên đề / đợt thi đua"',
    );
  });

  it('does not count a revoked CSTĐCS', () => {
    const history = [
      anAward(2023, 'CSTDCS'),
      anAward(2024, 'CSTDCS', 'annual', { revoked: true }),
      anAward(2025, 'CSTDCS'),
    ];
    const report = evaluateEligibility(anInput({ award: 'CSTD_TINH', nominee, history }));
    expect(byId(report.results, 'CSTD_TINH.consecutive_cstdcs')?.status).toBe('failed');
  });

  it("asks for the decision when this year's CSTĐCS is still pending", () => {
    const history = [
      anAward(2023, 'CSTDCS'),
      anAward(2024, 'CSTDCS'),
      anAward(2025, 'CSTDCS', 'annual', { pending: true }),
    ];
    const report = evaluateEligibility(anInput({ award: 'CSTD_TINH', nominee, history }));
    expect(byId(report.results, 'CSTD_TINH.consecutive_cstdcs')?.status).toBe('needs_evidence');
  });

  it('refuses an initiative recognised only at unit level', () => {
    const history = [anAward(2023, 'CSTDCS'), anAward(2024, 'CSTDCS'), anAward(2025, 'CSTDCS')];
    const local = aPerson({ taskRating: 'HTXSNV', initiatives: [anInitiative({ scope: 'unit' })] });
    const report = evaluateEligibility(anInput({ award: 'CSTD_TINH', nominee: local, history }));
    expect(byId(report.results, 'CSTD_TINH.initiative_reach')?.status).toBe('failed');
  });

  it('refuses a provincial initiative already used for another reward', () => {
    const history = [anAward(2023, 'CSTDCS'), anAward(2024, 'CSTDCS'), anAward(2025, 'CSTDCS')];
    const report = evaluateEligibility(
      anInput({
        award: 'CSTD_TINH',
        nominee,
        history,
        initiativeRegistry: [
          { initiativeId: 'SK-T-2025-07', nominationId: 'NOM-BK-9', award: 'BK_TINH', year: 2025 },
        ],
      }),
    );
    expect(byId(report.results, 'COMMON.initiative_once')).toMatchObject({ status: 'failed' });
    expect(byId(report.results, 'COMMON.initiative_once')?.message).toContain('NOM-BK-9');
  });

  it('is decided by the province by secret ballot of at least 90 % of all members', () => {
    const award = selectNationalRuleSet('2025-12-15').awards.CSTD_TINH;
    expect(award.authority).toBe('province');
    expect(award.voting).toMatchObject({
      ballot: 'secret',
      threshold: { num: 90, den: 100 },
      denominator: 'all_members',
    });
    expect(award.dossier.person).toEqual(
      expect.arrayContaining([
        'proposal_letter',
        'achievement_report',
        'review_minutes',
        'initiative_certificate',
        'vote_tally',
      ]),
    );
  });
});
