import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../shared/domain/errors';
import { evaluateEligibility, type InitiativeUse, recordInitiativeUses } from '../../../shared/domain/rules';
import { anInitiative, anInput, aPerson } from './factories';

const usedFor2024: InitiativeUse = {
  initiativeId: 'SK-2025-001',
  nominationId: 'NOM-OLD',
  award: 'CSTDCS',
  year: 2024,
};

describe('one initiative, one reward', () => {
  it('refuses a CSTĐCS whose only initiative was already used, naming the other nomination', () => {
    // Arrange
    const input = anInput({
      award: 'CSTDCS',
      nominationId: 'NOM-NEW',
      nominee: aPerson({ taskRating: 'HTTNV', initiatives: [anInitiative()] }),
      initiativeRegistry: [usedFor2024],
    });
    // Act
    const report = evaluateEligibility(input);
    // Assert
    const once = report.results.find((r) => r.ruleId === 'COMMON.initiative_once');
    expect(once?.status).toBe('failed');
    expect(once?.message).toContain('NOM-OLD');
    expect(once?.message).toContain('Chiến sĩ thi đua cơ sở năm 2024');
    expect(report.verdict).toBe('ineligible');
  });

  it('does not hold an already-used initiative against a nominee who qualifies by HTXSNV', () => {
    const input = anInput({
      award: 'CSTDCS',
      nominationId: 'NOM-NEW',
      nominee: aPerson({ taskRating: 'HTXSNV', initiatives: [anInitiative()] }),
      initiativeRegistry: [usedFor2024],
    });
    const report = evaluateEligibility(input);
    expect(report.results.find((r) => r.ruleId === 'COMMON.initiative_once')?.status).toBe('passed');
    expect(report.verdict).toBe('eligible');
  });

  it('lets an initiative be reused once its first nomination was withdrawn (use released)', () => {
    const input = anInput({
      award: 'CSTDCS',
      nominee: aPerson({ initiatives: [anInitiative()] }),
      initiativeRegistry: [{ ...usedFor2024, released: true }],
    });
    expect(evaluateEligibility(input).verdict).toBe('eligible');
  });

  it('asks for the registry check when no registry is given', () => {
    const input = anInput({
      award: 'CSTDCS',
      nominee: aPerson({ initiatives: [anInitiative()] }),
      initiativeRegistry: undefined,
    });
    const report = evaluateEligibility(input);
    expect(report.results.find((r) => r.ruleId === 'COMMON.initiative_once')?.status).toBe('needs_evidence');
  });

  it('records a first use and refuses a second use by another nomination with a ConflictError', () => {
    const registry = recordInitiativeUses([], [usedFor2024]);
    const second = () =>
      recordInitiativeUses(registry, [
        { initiativeId: 'SK-2025-001', nominationId: 'NOM-BK', award: 'BK_TINH', year: 2025 },
      ]);
    expect(registry).toHaveLength(1);
    expect(second).toThrow(ConflictError);
    expect(second).toThrow(/NOM-OLD/);
  });

  it('records the same use twice only once (idempotent re-check of one nomination)', () => {
    const registry = recordInitiativeUses([usedFor2024], [usedFor2024]);
    expect(registry).toEqual([usedFor2024]);
  });
});
