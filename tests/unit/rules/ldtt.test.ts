import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type RuleResult } from '../../../shared/domain/rules';
import { anInput, aPerson } from './factories';

const byId = (results: readonly RuleResult[], id: string) => results.find((r) => r.ruleId === id);

describe('Lao động tiên tiến', () => {
  it('is eligible for a person rated HTTNV, recruited years ago and not under any proceeding', () => {
    // Arrange
    const input = anInput({ nominee: aPerson({ taskRating: 'HTTNV' }) });
    // Act
    const report = evaluateEligibility(input);
    // Assert
    expect(report.verdict).toBe('eligible');
    expect(report.results.map((r) => [r.ruleId, r.status])).toEqual([
      ['COMMON.subject', 'passed'],
      ['COMMON.track', 'passed'],
      ['COMMON.discipline_block', 'passed'],
      ['COMMON.discipline_in_year', 'passed'],
      ['LDTT.task_rating', 'passed'],
      ['LDTT.recruitment', 'passed'],
    ]);
    expect(byId(report.results, 'LDTT.task_rating')?.citation).toBe('điểm a khoản 1 Điều 24 Luật TĐKT 2022');
  });

  it('refuses a person rated only HTNV, naming Điều 24', () => {
    const report = evaluateEligibility(anInput({ nominee: aPerson({ taskRating: 'HTNV' }) }));
    expect(report.verdict).toBe('ineligible');
    expect(byId(report.results, 'LDTT.task_rating')).toMatchObject({
      status: 'failed',
      citation: 'điểm a khoản 1 Điều 24 Luật TĐKT 2022',
    });
  });

  it('asks for the rating when the year has not been rated yet', () => {
    const report = evaluateEligibility(anInput({ nominee: aPerson({ taskRating: null }) }));
    expect(report.verdict).toBe('needs_evidence');
    expect(byId(report.results, 'LDTT.task_rating')?.status).toBe('needs_evidence');
  });

  it('counts a person recruited on 01/07 as six full months by the end of the year', () => {
    const report = evaluateEligibility(anInput({ nominee: aPerson({ recruitedOn: '2025-07-01' }) }));
    expect(byId(report.results, 'LDTT.recruitment')).toMatchObject({
      status: 'passed',
      details: { months: 6 },
    });
  });

  it('refuses a person recruited on 02/07, one day short of six months', () => {
    const report = evaluateEligibility(anInput({ nominee: aPerson({ recruitedOn: '2025-07-02' }) }));
    expect(byId(report.results, 'LDTT.recruitment')).toMatchObject({
      status: 'failed',
      details: { months: 5 },
    });
    expect(report.verdict).toBe('ineligible');
  });

  it('blocks anyone under investigation whatever their rating', () => {
    const nominee = aPerson({
      taskRating: 'HTXSNV',
      status: { underDisciplinaryReview: false, underInvestigation: true, pendingComplaint: false },
    });
    const report = evaluateEligibility(anInput({ nominee }));
    expect(byId(report.results, 'COMMON.discipline_block')?.status).toBe('failed');
    expect(byId(report.results, 'COMMON.discipline_block')?.message).toContain('điều tra');
    expect(report.verdict).toBe('ineligible');
  });

  it('blocks a pending complaint and a disciplinary review alike', () => {
    const nominee = aPerson({
      status: { underDisciplinaryReview: true, underInvestigation: false, pendingComplaint: true },
    });
    const result = byId(evaluateEligibility(anInput({ nominee })).results, 'COMMON.discipline_block');
    expect(result?.status).toBe('failed');
    expect(result?.details).toEqual({
      reasons: ['đang bị xem xét kỷ luật', 'có đơn khiếu nại, tố cáo đang được xác minh'],
    });
  });

  it('refuses a year in which a reprimand was in effect, but not the year after it ended', () => {
    const nominee = aPerson({
      disciplines: [{ level: 'reprimand', from: '2024-03-01', until: '2025-02-28' }],
    });
    const in2025 = evaluateEligibility(anInput({ nominee }));
    const in2026 = evaluateEligibility(anInput({ nominee, year: 2026, decisionDate: '2026-12-15' }));
    expect(byId(in2025.results, 'COMMON.discipline_in_year')?.status).toBe('failed');
    expect(byId(in2026.results, 'COMMON.discipline_in_year')?.status).toBe('passed');
  });

  it('refuses LĐTT for a collective and stops at the subject rule', () => {
    const report = evaluateEligibility(
      anInput({
        nominee: {
          subject: 'collective',
          taskRating: 'HTTNV',
          status: { underDisciplinaryReview: false, underInvestigation: false, pendingComplaint: false },
          members: { total: 5, ldtt: 5, completingTasks: 5, cstdcs: 0, disciplinedByLevel: {}, women: 2 },
        },
      }),
    );
    expect(report.results).toHaveLength(1);
    expect(report.results[0]).toMatchObject({ ruleId: 'COMMON.subject', status: 'failed' });
  });

  it('refuses LĐTT on the campaign track: titles are annual', () => {
    const report = evaluateEligibility(anInput({ track: 'campaign' }));
    expect(byId(report.results, 'COMMON.track')?.status).toBe('failed');
  });
});
