/**
 * Facts the unit declares reach the rules: special leave, Bằng khen tỉnh on the annual track by
 * khoản 1 Điều 74 điểm a–c, and a collective's members who completed their tasks.
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateEligibility,
  type RuleResult,
  requiredDossierKinds,
  selectNationalRuleSet,
} from '../../../shared/domain/rules';
import { aCollective, anAward, anInput, aPerson } from './factories';

const byId = (results: readonly RuleResult[], id: string) => results.find((r) => r.ruleId === id);

describe('leave the law counts as working time', () => {
  // Điều 4 NĐ 98/2023 and NĐ 152/2025: thời gian nghỉ thai sản được tính để xét; khoản 5 Điều 1
  // TT 01/2024/TT-BNV: thời gian điều trị, điều dưỡng do bị thương khi làm nhiệm vụ được tính.
  const maternity = { kind: 'maternity' as const, from: '2025-03-01', to: '2025-08-31' };

  it('counts maternity leave toward LĐTT once the leave decision is in the dossier', () => {
    const report = evaluateEligibility(
      anInput({ nominee: aPerson({ specialLeave: [maternity] }), evidence: ['leave_evidence'] }),
    );
    expect(byId(report.results, 'LDTT.special_leave')).toMatchObject({
      status: 'passed',
      message: expect.stringContaining('Nghỉ thai sản từ 01/03/2025 đến 31/08/2025'),
      citation: expect.stringContaining('Điều 4 Nghị định 152/2025/NĐ-CP'),
    });
    expect(report.verdict).toBe('eligible');
  });

  it('asks for the evidence of the leave, and cites the 2023 decree for a 2024 decision', () => {
    const report = evaluateEligibility(
      anInput({
        year: 2024,
        decisionDate: '2024-12-20',
        nominee: aPerson({
          specialLeave: [{ kind: 'injury_treatment', from: '2024-05-01', to: '2024-07-15' }],
        }),
      }),
    );
    expect(byId(report.results, 'LDTT.special_leave')).toMatchObject({
      status: 'needs_evidence',
      confirmed: true,
      citation: expect.stringContaining('khoản 5 Điều 1 Thông tư 01/2024/TT-BNV'),
    });
    expect(report.verdict).toBe('needs_evidence');
  });

  it('says nothing of leave outside the year, and carries it into CSTĐCS through its LĐTT criteria', () => {
    const lastYear = evaluateEligibility(
      anInput({
        nominee: aPerson({ specialLeave: [{ ...maternity, from: '2024-01-01', to: '2024-06-30' }] }),
      }),
    );
    expect(byId(lastYear.results, 'LDTT.special_leave')).toBeUndefined();
    const cstdcs = evaluateEligibility(
      anInput({ award: 'CSTDCS', nominee: aPerson({ taskRating: 'HTXSNV', specialLeave: [maternity] }) }),
    );
    expect(byId(cstdcs.results, 'CSTDCS.ldtt')?.status).toBe('needs_evidence');
  });
});

describe('proceedings and disciplines the unit declares', () => {
  // Điều 4 of the decrees: no proposal while disciplinary review, investigation or a complaint is open.
  it('refuses while a complaint is being verified, naming it', () => {
    const report = evaluateEligibility(
      anInput({
        nominee: aPerson({
          status: { underDisciplinaryReview: false, underInvestigation: false, pendingComplaint: true },
        }),
      }),
    );
    expect(byId(report.results, 'COMMON.discipline_block')?.message).toContain('khiếu nại, tố cáo');
    expect(report.verdict).toBe('ineligible');
  });

  it('refuses the year of a reprimand in effect, and not the year after it ended', () => {
    const disciplines = [{ level: 'reprimand' as const, from: '2025-02-01', until: '2025-07-31' }];
    const during = evaluateEligibility(anInput({ nominee: aPerson({ disciplines }) }));
    const after = evaluateEligibility(
      anInput({ year: 2026, decisionDate: '2026-12-15', nominee: aPerson({ disciplines }) }),
    );
    expect(byId(during.results, 'COMMON.discipline_in_year')?.status).toBe('failed');
    expect(byId(after.results, 'COMMON.discipline_in_year')?.status).toBe('passed');
  });
});

describe('Bằng khen Chủ tịch UBND tỉnh on the annual track (khoản 1 Điều 74)', () => {
  it('meets điểm d by two consecutive years HTXSNV with two initiatives, through declared past ratings', () => {
    const nominee = aPerson({
      taskRating: 'HTXSNV',
      taskRatingHistory: [{ year: 2024, rating: 'HTXSNV' }],
      initiatives: [
        {
          id: 'SK-1',
          title: 'A',
          kind: 'initiative',
          scope: 'unit',
          recognisedYear: 2024,
          certificateRef: '1/QĐ',
        },
        {
          id: 'SK-2',
          title: 'B',
          kind: 'initiative',
          scope: 'unit',
          recognisedYear: 2025,
          certificateRef: '2/QĐ',
        },
      ],
    });
    const report = evaluateEligibility(anInput({ award: 'BK_TINH', nominee }));
    expect(byId(report.results, 'BK_TINH.person_achievement')).toMatchObject({
      status: 'passed',
      details: { path: 'htxs_initiatives' },
    });
  });

  it('rests on điểm a as the council’s judgment: needs the evidence, then passes without điểm d’s record', () => {
    const nominee = aPerson({ achievementPoint: 'a' });
    const without = evaluateEligibility(anInput({ award: 'BK_TINH', nominee }));
    const withEvidence = evaluateEligibility(
      anInput({ award: 'BK_TINH', nominee, evidence: ['achievement_evidence'] }),
    );
    expect(byId(without.results, 'BK_TINH.person_achievement')).toBeUndefined();
    expect(byId(without.results, 'BK_TINH.campaign_achievement')?.status).toBe('needs_evidence');
    expect(byId(withEvidence.results, 'BK_TINH.campaign_achievement')).toMatchObject({
      status: 'passed',
      message: expect.stringContaining('điểm a khoản 1 Điều 74'),
    });
    expect(withEvidence.verdict).toBe('eligible');
  });

  it('still refuses on the annual track with neither điểm d’s record nor a point a–c', () => {
    const report = evaluateEligibility(
      anInput({ award: 'BK_TINH', nominee: aPerson(), history: [anAward(2024, 'CSTDCS')] }),
    );
    expect(byId(report.results, 'BK_TINH.person_achievement')?.status).toBe('failed');
  });
});

describe('a collective’s members who completed their tasks (điểm c Điều 27)', () => {
  it('cannot judge "100 % hoàn thành nhiệm vụ" from the LĐTT count when the unit has not declared it', () => {
    const nominee = aCollective({
      members: { total: 10, ldtt: 10, completingTasks: null, cstdcs: 1, disciplinedByLevel: {}, women: 5 },
    });
    const report = evaluateEligibility(anInput({ award: 'TTLDXS', nominee }));
    expect(byId(report.results, 'TTLDXS.all_complete')?.status).toBe('needs_evidence');
  });
});

describe('the evidence of declared facts is part of the dossier (Điều 84)', () => {
  const ruleSet = selectNationalRuleSet('2025-12-15');

  it('asks the leave decision when leave is declared, and the achievement evidence for điểm a–c', () => {
    expect(requiredDossierKinds(ruleSet.awards.LDTT, 'person', {})).not.toContain('leave_evidence');
    expect(requiredDossierKinds(ruleSet.awards.LDTT, 'person', { declaresLeave: true })).toContain(
      'leave_evidence',
    );
    expect(requiredDossierKinds(ruleSet.awards.BK_TINH, 'person', { achievementPoint: 'b' })).toContain(
      'achievement_evidence',
    );
  });
});
