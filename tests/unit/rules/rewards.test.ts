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

describe('national awards: the province applies the law before forwarding', () => {
  const years = (from: number, to: number, rating: 'HTTNV' | 'HTXSNV' = 'HTTNV') =>
    Array.from({ length: to - from + 1 }, (_, k) => ({ year: from + k, rating }));

  // Điều 21 Luật TĐKT 2022: selected among those with "02 lần liên tục" CSTĐ cấp tỉnh, with an
  // initiative or research result of nationwide effect.
  it('forwards a CSTĐ toàn quốc with two consecutive CSTĐ cấp tỉnh and a nationwide initiative', () => {
    const nominee = aPerson({ initiatives: [anInitiative({ id: 'SK-TQ', scope: 'national' })] });
    const history = [anAward(2022, 'CSTD_TINH'), anAward(2025, 'CSTD_TINH')];
    const report = evaluateEligibility(anInput({ award: 'CSTD_TQ', nominee, history }));
    expect(byId(report.results, 'CSTD_TQ.consecutive_cstd_tinh')?.status).toBe('passed');
    expect(byId(report.results, 'CSTD_TQ.initiative_reach')?.status).toBe('passed');
    expect(report.verdict).toBe('forwarded');
    expect(byId(report.results, 'CSTD_TQ.forwarded')?.message).toContain('tỉnh trình Thủ tướng');
  });

  it('refuses a CSTĐ toàn quốc whose two CSTĐ cấp tỉnh are not consecutive, or whose initiative is only provincial', () => {
    const gap = evaluateEligibility(
      anInput({
        award: 'CSTD_TQ',
        nominee: aPerson({ initiatives: [anInitiative({ scope: 'national' })] }),
        history: [anAward(2018, 'CSTD_TINH'), anAward(2025, 'CSTD_TINH')],
      }),
    );
    const local = evaluateEligibility(
      anInput({
        award: 'CSTD_TQ',
        nominee: aPerson({ initiatives: [anInitiative({ scope: 'province' })] }),
        history: [anAward(2022, 'CSTD_TINH'), anAward(2025, 'CSTD_TINH')],
      }),
    );
    expect(byId(gap.results, 'CSTD_TQ.consecutive_cstd_tinh')?.status).toBe('failed');
    expect(gap.verdict).toBe('ineligible');
    expect(byId(local.results, 'CSTD_TQ.initiative_reach')?.status).toBe('failed');
    expect(local.verdict).toBe('ineligible');
  });

  // Điều 73 khoản 1 điểm b: "đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh và 05 năm liên tục trở
  // lên … hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 03 lần được tặng 'Chiến sĩ thi đua cơ sở'".
  it('forwards a Bằng khen Thủ tướng after a Bằng khen tỉnh, 5 years HTTNV with 3 CSTĐCS in them', () => {
    const nominee = aPerson({ taskRatingHistory: years(2021, 2024) });
    const history = [
      anAward(2020, 'BK_TINH'),
      anAward(2021, 'CSTDCS'),
      anAward(2023, 'CSTDCS'),
      anAward(2024, 'CSTDCS'),
    ];
    const report = evaluateEligibility(anInput({ award: 'BK_TTG', nominee, history }));
    expect(byId(report.results, 'BK_TTG.person_record')).toMatchObject({
      status: 'passed',
      citation: expect.stringContaining('điểm b khoản 1 Điều 73'),
    });
    expect(report.verdict).toBe('forwarded');
  });

  it('refuses a Bằng khen Thủ tướng with only 2 CSTĐCS, with 4 years, or without the Bằng khen tỉnh', () => {
    const nominee = aPerson({ taskRatingHistory: years(2021, 2024) });
    const twoCstdcs = [anAward(2020, 'BK_TINH'), anAward(2021, 'CSTDCS'), anAward(2024, 'CSTDCS')];
    const fourYears = [anAward(2021, 'BK_TINH'), ...[2022, 2023, 2024].map((y) => anAward(y, 'CSTDCS'))];
    const noBk = [2021, 2023, 2024].map((y) => anAward(y, 'CSTDCS'));
    for (const history of [twoCstdcs, fourYears, noBk]) {
      const report = evaluateEligibility(anInput({ award: 'BK_TTG', nominee, history }));
      expect(byId(report.results, 'BK_TTG.person_record')?.status).toBe('failed');
      expect(report.verdict).toBe('ineligible');
    }
    const campaignBk = [
      anAward(2020, 'BK_TINH', 'campaign'),
      ...[2021, 2023, 2024].map((y) => anAward(y, 'CSTDCS')),
    ];
    const report = evaluateEligibility(anInput({ award: 'BK_TTG', nominee, history: campaignBk }));
    expect(byId(report.results, 'BK_TTG.person_record')?.message).toContain('Chưa được tặng');
  });

  it('leaves a Bằng khen Thủ tướng for a campaign to the council, on its report', () => {
    const report = evaluateEligibility(anInput({ award: 'BK_TTG', track: 'campaign' }));
    expect(byId(report.results, 'BK_TTG.council_judgment')?.status).toBe('passed');
    expect(byId(report.results, 'BK_TTG.person_record')).toBeUndefined();
    expect(report.verdict).toBe('forwarded');
  });

  // Điều 44 khoản 1 điểm e (hạng Ba): "đã được tặng Bằng khen của Thủ tướng Chính phủ, 05 năm tiếp theo
  // trở lên liên tục … hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 01 năm trở lên … hoàn thành
  // xuất sắc nhiệm vụ và 03 lần được tặng 'Chiến sĩ thi đua cơ sở'".
  it('forwards a Huân chương Lao động hạng Ba on the record of Điều 44, and refuses it without an HTXSNV year', () => {
    const history = [
      anAward(2019, 'BK_TTG'),
      anAward(2020, 'CSTDCS'),
      anAward(2022, 'CSTDCS'),
      anAward(2024, 'CSTDCS'),
    ];
    const withHtxs = aPerson({ taskRatingHistory: [...years(2020, 2023), { year: 2024, rating: 'HTXSNV' }] });
    const without = aPerson({ taskRatingHistory: years(2020, 2024) });
    const passed = evaluateEligibility(anInput({ award: 'HCLD_3', nominee: withHtxs, history }));
    const refused = evaluateEligibility(anInput({ award: 'HCLD_3', nominee: without, history }));
    expect(byId(passed.results, 'HCLD_3.person_record')?.citation).toContain('điểm e khoản 1 Điều 44');
    expect(passed.verdict).toBe('forwarded');
    expect(byId(refused.results, 'HCLD_3.person_record')?.message).toContain(
      '0 năm hoàn thành xuất sắc nhiệm vụ (yêu cầu 1)',
    );
    expect(refused.verdict).toBe('ineligible');
  });

  it('asks the Huân chương Lao động hạng Nhì to follow a hạng Ba, marked as an unconfirmed default', () => {
    const report = evaluateEligibility(
      anInput({ award: 'HCLD_2', nominee: aPerson({ taskRatingHistory: years(2019, 2024, 'HTXSNV') }) }),
    );
    expect(byId(report.results, 'HCLD_2.person_record')).toMatchObject({
      status: 'failed',
      confirmed: false,
    });
    expect(byId(report.results, 'HCLD_2.person_record')?.message).toContain('Huân chương Lao động hạng Ba');
  });

  // Điều 25: "tập thể tiêu biểu xuất sắc được lựa chọn trong số các tập thể dẫn đầu khối, cụm thi đua".
  it('forwards the Cờ thi đua của Chính phủ only for a collective leading its khối, cụm', () => {
    const leads = evaluateEligibility(
      anInput({ award: 'CO_CP', nominee: aCollective({ leadsEmulationCluster: true }) }),
    );
    const not = evaluateEligibility(
      anInput({ award: 'CO_CP', nominee: aCollective({ leadsEmulationCluster: false }) }),
    );
    expect(leads.verdict).toBe('forwarded');
    expect(byId(leads.results, 'CO_CP.forwarded')?.citation).toBe('Điều 25 Luật TĐKT 2022');
    expect(not.verdict).toBe('ineligible');
  });

  it('does not forward anyone under investigation', () => {
    const nominee = aPerson({
      status: { underDisciplinaryReview: false, underInvestigation: true, pendingComplaint: false },
    });
    expect(evaluateEligibility(anInput({ award: 'BK_TTG', track: 'ad_hoc', nominee })).verdict).toBe(
      'ineligible',
    );
  });
});
