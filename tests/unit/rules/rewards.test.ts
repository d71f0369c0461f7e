import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type RuleResult } from '../../../shared/domain/rules';
import { aCollective, anAward, anInitiative, anInput, aPerson } from './factories';

const byId = (results: readonly RuleResult[], id: string) => results.find((r) => r.ruleId === id);

describe('Giấy khen của Giám đốc Sở', () => {
  it('is eligible for a person rated HTTNV on the annual track (default criterion, unconfirmed)', () => {
    const report = evaluateEligibility(anInput({ award: 'GIAY_KHEN' }));
    expect(report.verdict).toBe('eligible');
    expect(byId(report.results, 'GIAY_KHEN.criteria')?.confirmed).toBe(false);
  });

  it('is open to a collective and to the campaign track', () => {
    const report = evaluateEligibility(
      anInput({ award: 'GIAY_KHEN', track: 'campaign', nominee: aCollective() }),
    );
    expect(report.verdict).toBe('eligible');
  });

  it('refuses a person rated HTNV on the annual track', () => {
    const report = evaluateEligibility(
      anInput({ award: 'GIAY_KHEN', nominee: aPerson({ taskRating: 'HTNV' }) }),
    );
    expect(byId(report.results, 'GIAY_KHEN.criteria')?.status).toBe('failed');
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh (Điều 74 khoản 1 điểm d)', () => {
  it('is eligible with 2 consecutive annual CSTĐCS', () => {
    const history = [anAward(2024, 'CSTDCS'), anAward(2025, 'CSTDCS')];
    const report = evaluateEligibility(anInput({ award: 'BK_TINH', history }));
    expect(byId(report.results, 'BK_TINH.person_achievement')).toMatchObject({
      status: 'passed',
      citation: expect.stringContaining('điểm d khoản 1 Điều 74 Luật TĐKT 2022'),
      details: { path: 'cstdcs' },
    });
    expect(report.verdict).toBe('eligible');
  });

  it('is eligible with 2 years HTXSNV and 2 initiatives recognised in those years', () => {
    const nominee = aPerson({
      taskRating: 'HTXSNV',
      taskRatingHistory: [{ year: 2024, rating: 'HTXSNV' }],
      initiatives: [
        anInitiative({ id: 'SK-A', recognisedYear: 2024 }),
        anInitiative({ id: 'SK-B', recognisedYear: 2025 }),
      ],
    });
    const report = evaluateEligibility(anInput({ award: 'BK_TINH', nominee }));
    expect(byId(report.results, 'BK_TINH.person_achievement')).toMatchObject({
      status: 'passed',
      details: { path: 'htxs_initiatives', initiativeIds: ['SK-A', 'SK-B'] },
    });
    expect(byId(report.results, 'COMMON.initiative_once')?.status).toBe('passed');
  });

  it('refuses 2 years HTXSNV with a single initiative', () => {
    const nominee = aPerson({
      taskRating: 'HTXSNV',
      taskRatingHistory: [{ year: 2024, rating: 'HTXSNV' }],
      initiatives: [anInitiative({ id: 'SK-A', recognisedYear: 2024 })],
    });
    const report = evaluateEligibility(anInput({ award: 'BK_TINH', nominee }));
    expect(byId(report.results, 'BK_TINH.person_achievement')?.status).toBe('failed');
  });

  it('refuses a CSTĐCS pair broken by an ad-hoc award', () => {
    const history = [anAward(2024, 'CSTDCS', 'ad_hoc'), anAward(2025, 'CSTDCS')];
    const report = evaluateEligibility(anInput({ award: 'BK_TINH', history }));
    expect(byId(report.results, 'BK_TINH.person_achievement')?.status).toBe('failed');
  });

  it('judges a collective on 2 consecutive years HTXSNV (default, unconfirmed)', () => {
    const nominee = aCollective({ taskRatingHistory: [{ year: 2024, rating: 'HTTNV' }] });
    const report = evaluateEligibility(anInput({ award: 'BK_TINH', nominee }));
    expect(byId(report.results, 'BK_TINH.collective_achievement')).toMatchObject({
      status: 'failed',
      confirmed: false,
    });
    expect(byId(report.results, 'BK_TINH.person_achievement')).toBeUndefined();
  });

  it('leaves a campaign Bằng khen to the council and never to annual prerequisites', () => {
    const report = evaluateEligibility(anInput({ award: 'BK_TINH', track: 'campaign' }));
    expect(byId(report.results, 'BK_TINH.campaign_achievement')?.status).toBe('passed');
    expect(byId(report.results, 'BK_TINH.person_achievement')).toBeUndefined();
  });
});

describe('national awards', () => {
  it.each(['CSTD_TQ', 'BK_TTG', 'HCLD'] as const)('forwards %s upward and stops', (award) => {
    const report = evaluateEligibility(anInput({ award }));
    expect(report.verdict).toBe('forwarded');
    expect(byId(report.results, `${award}.forwarded`)?.status).toBe('forwarded');
  });

  it('forwards the Cờ thi đua của Chính phủ for a collective', () => {
    const report = evaluateEligibility(anInput({ award: 'CO_CP', nominee: aCollective() }));
    expect(report.verdict).toBe('forwarded');
    expect(byId(report.results, 'CO_CP.forwarded')?.citation).toBe('Điều 25 Luật TĐKT 2022');
  });

  it('does not forward anyone under investigation', () => {
    const nominee = aPerson({
      status: { underDisciplinaryReview: false, underInvestigation: true, pendingComplaint: false },
    });
    expect(evaluateEligibility(anInput({ award: 'BK_TTG', nominee })).verdict).toBe('ineligible');
  });
});
