import { describe, expect, it } from 'vitest';
import {
  evaluateEligibility,
  type RuleResult,
  requiredDossierKinds,
  selectNationalRuleSet,
} from '../../../shared/domain/rules';
import { anAward, anInitiative, anInput, aPerson } from './factories';

const byId = (results: readonly RuleResult[], id: string) => results.find((r) => r.ruleId === id);

describe('Chiến sĩ thi đua cơ sở', () => {
  it('is eligible on the HTXSNV path and records that path', () => {
    const report = evaluateEligibility(
      anInput({ award: 'CSTDCS', nominee: aPerson({ taskRating: 'HTXSNV' }) }),
    );
    expect(report.verdict).toBe('eligible');
    expect(byId(report.results, 'CSTDCS.achievement')).toMatchObject({
      status: 'passed',
      citation: 'Điều 23 Luật TĐKT 2022',
      details: { path: 'htxs' },
    });
  });

  it('is eligible on the initiative path for HTTNV with a recognised initiative', () => {
    const report = evaluateEligibility(
      anInput({ award: 'CSTDCS', nominee: aPerson({ taskRating: 'HTTNV', initiatives: [anInitiative()] }) }),
    );
    expect(report.verdict).toBe('eligible');
    expect(byId(report.results, 'CSTDCS.achievement')?.details).toEqual({
      path: 'initiative',
      initiativeIds: ['SK-2025-001'],
    });
    expect(byId(report.results, 'COMMON.initiative_once')?.status).toBe('passed');
  });

  it('asks for the certificate when the initiative is claimed without one', () => {
    const nominee = aPerson({ taskRating: 'HTTNV', initiatives: [anInitiative({ certificateRef: null })] });
    const report = evaluateEligibility(anInput({ award: 'CSTDCS', nominee }));
    expect(byId(report.results, 'CSTDCS.achievement')?.status).toBe('needs_evidence');
    expect(report.verdict).toBe('needs_evidence');
  });

  it('refuses HTTNV without any initiative or research', () => {
    const report = evaluateEligibility(
      anInput({ award: 'CSTDCS', nominee: aPerson({ taskRating: 'HTTNV' }) }),
    );
    expect(byId(report.results, 'CSTDCS.achievement')?.status).toBe('failed');
    expect(report.verdict).toBe('ineligible');
  });

  it('refuses when the LĐTT criteria are not met this year (recruited in September)', () => {
    const nominee = aPerson({ taskRating: 'HTXSNV', recruitedOn: '2025-09-01' });
    const report = evaluateEligibility(anInput({ award: 'CSTDCS', nominee }));
    expect(byId(report.results, 'CSTDCS.ldtt')).toMatchObject({
      status: 'failed',
      details: { criteria: ['LDTT.recruitment'] },
    });
  });

  it('accepts an LĐTT already decided this year as the prerequisite', () => {
    const nominee = aPerson({ taskRating: 'HTXSNV', recruitedOn: null });
    const report = evaluateEligibility(
      anInput({ award: 'CSTDCS', nominee, history: [anAward(2025, 'LDTT')] }),
    );
    expect(byId(report.results, 'CSTDCS.ldtt')?.status).toBe('passed');
  });
});

describe('the CSTĐCS dossier (Điều 84 khoản 1 điểm d, read with Điều 23 Luật TĐKT 2022)', () => {
  const award = selectNationalRuleSet('2025-12-15').awards.CSTDCS;

  it('asks no initiative certificate on the HTXSNV path: "hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến…"', () => {
    expect(requiredDossierKinds(award, 'person', { taskRating: 'HTXSNV' })).not.toContain(
      'initiative_certificate',
    );
  });

  it('asks the certificate on the initiative path (HTTNV with a recognised initiative)', () => {
    expect(requiredDossierKinds(award, 'person', { taskRating: 'HTTNV' })).toContain(
      'initiative_certificate',
    );
    expect(requiredDossierKinds(award, 'person', {})).toContain('initiative_certificate');
  });

  it('keeps the certificate for CSTĐ cấp tỉnh, whose standard always needs the initiative (Điều 22)', () => {
    const tinh = selectNationalRuleSet('2025-12-15').awards.CSTD_TINH;
    expect(requiredDossierKinds(tinh, 'person', { taskRating: 'HTXSNV' })).toContain(
      'initiative_certificate',
    );
  });
});
