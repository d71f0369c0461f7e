import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type RuleResult } from '../../../shared/domain/rules';
import { aCollective, anAward, anInput } from './factories';

const byId = (results: readonly RuleResult[], id: string) => results.find((r) => r.ruleId === id);
const members = (overrides: Partial<ReturnType<typeof aCollective>['members']>) => ({
  ...aCollective().members,
  ...overrides,
});

describe('Tập thể lao động tiên tiến', () => {
  it('is eligible with HTTNV and 6 of 10 members LĐTT', () => {
    const nominee = aCollective({ taskRating: 'HTTNV', members: members({ ldtt: 6 }) });
    const report = evaluateEligibility(anInput({ award: 'TTLDTT', nominee }));
    expect(report.verdict).toBe('eligible');
  });

  it('refuses exactly 50 % LĐTT: the rule is "more than half"', () => {
    const nominee = aCollective({ taskRating: 'HTTNV', members: members({ ldtt: 5 }) });
    const report = evaluateEligibility(anInput({ award: 'TTLDTT', nominee }));
    expect(byId(report.results, 'TTLDTT.ldtt_share')).toMatchObject({ status: 'failed', confirmed: false });
  });

  it('refuses a collective with a member disciplined by cảnh cáo, but not by khiển trách', () => {
    const warned = aCollective({ members: members({ disciplinedByLevel: { warning: 1 } }) });
    const reprimanded = aCollective({ members: members({ disciplinedByLevel: { reprimand: 2 } }) });
    expect(
      byId(
        evaluateEligibility(anInput({ award: 'TTLDTT', nominee: warned })).results,
        'TTLDTT.member_discipline',
      )?.status,
    ).toBe('failed');
    expect(
      byId(
        evaluateEligibility(anInput({ award: 'TTLDTT', nominee: reprimanded })).results,
        'TTLDTT.member_discipline',
      )?.status,
    ).toBe('passed');
  });
});

describe('Tập thể lao động xuất sắc', () => {
  it('is eligible with HTXSNV, everyone completing tasks, 70 % LĐTT and one CSTĐCS', () => {
    const nominee = aCollective({ members: members({ total: 10, ldtt: 7, completingTasks: 10, cstdcs: 1 }) });
    const report = evaluateEligibility(anInput({ award: 'TTLDXS', nominee }));
    expect(report.verdict).toBe('eligible');
    expect(byId(report.results, 'TTLDXS.ldtt_share')?.citation).toBe('điểm c Điều 27 Luật TĐKT 2022');
  });

  it('refuses 69 % LĐTT (9 of 13)', () => {
    const nominee = aCollective({ members: members({ total: 13, ldtt: 9, completingTasks: 13 }) });
    const report = evaluateEligibility(anInput({ award: 'TTLDXS', nominee }));
    expect(byId(report.results, 'TTLDXS.ldtt_share')?.status).toBe('failed');
  });

  it('refuses when one member did not complete tasks and when no member is CSTĐCS', () => {
    const nominee = aCollective({ members: members({ completingTasks: 9, cstdcs: 0 }) });
    const report = evaluateEligibility(anInput({ award: 'TTLDXS', nominee }));
    expect(byId(report.results, 'TTLDXS.all_complete')?.status).toBe('failed');
    expect(byId(report.results, 'TTLDXS.cstdcs_member')?.status).toBe('failed');
    expect(report.verdict).toBe('ineligible');
  });

  it('refuses a collective rated only HTTNV', () => {
    const report = evaluateEligibility(
      anInput({ award: 'TTLDXS', nominee: aCollective({ taskRating: 'HTTNV' }) }),
    );
    expect(byId(report.results, 'TTLDXS.task_rating')?.status).toBe('failed');
  });
});

describe('Cờ thi đua của UBND tỉnh', () => {
  it('is eligible for the elected leader of its cluster that meets the TTLĐXS criteria', () => {
    const nominee = aCollective({ leadsEmulationCluster: true });
    const report = evaluateEligibility(anInput({ award: 'CO_TINH', nominee }));
    expect(report.verdict).toBe('eligible');
    expect(byId(report.results, 'CO_TINH.ttldxs')?.status).toBe('passed');
  });

  it('asks for the cluster minutes when leadership is not recorded', () => {
    const report = evaluateEligibility(
      anInput({ award: 'CO_TINH', nominee: aCollective({ leadsEmulationCluster: null }) }),
    );
    expect(byId(report.results, 'CO_TINH.leads_cluster')?.status).toBe('needs_evidence');
  });

  it('refuses a cluster leader that is not TTLĐXS this year', () => {
    const nominee = aCollective({ leadsEmulationCluster: true, taskRating: 'HTTNV' });
    const report = evaluateEligibility(anInput({ award: 'CO_TINH', nominee }));
    expect(byId(report.results, 'CO_TINH.ttldxs')).toMatchObject({
      status: 'failed',
      details: { criteria: ['TTLDXS.task_rating'] },
    });
  });

  it('accepts a TTLĐXS already decided this year', () => {
    const nominee = aCollective({ leadsEmulationCluster: true, taskRating: 'HTTNV' });
    const report = evaluateEligibility(
      anInput({ award: 'CO_TINH', nominee, history: [anAward(2025, 'TTLDXS')] }),
    );
    expect(byId(report.results, 'CO_TINH.ttldxs')?.status).toBe('passed');
  });
});
