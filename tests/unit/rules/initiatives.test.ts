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

  // Công văn 5007/BNV-TĐKT (05/9/2023): "một sáng kiến chỉ được sử dụng một lần làm tiêu chuẩn đề nghị
  // khen thưởng" — so among several certified initiatives, any one not yet used meets the standard.
  it('meets CSTĐCS (Điều 23 Luật 2022) with the second initiative when the first listed was used, naming the used one', () => {
    const input = anInput({
      award: 'CSTDCS',
      nominationId: 'NOM-NEW',
      nominee: aPerson({
        taskRating: 'HTTNV',
        initiatives: [anInitiative(), anInitiative({ id: 'SK-2025-002', title: 'Một cửa điện tử' })],
      }),
      initiativeRegistry: [usedFor2024],
    });
    const report = evaluateEligibility(input);
    const achievement = report.results.find((r) => r.ruleId === 'CSTDCS.achievement');
    expect(achievement).toMatchObject({ status: 'passed', details: { initiativeIds: ['SK-2025-002'] } });
    expect(achievement?.message).toContain('Không tính SK-2025-001 (đã dùng cho đề nghị NOM-OLD');
    expect(report.results.find((r) => r.ruleId === 'COMMON.initiative_once')?.status).toBe('passed');
    expect(report.verdict).toBe('eligible');
  });

  it('meets Bằng khen tỉnh (điểm d khoản 1 Điều 74) with two unused initiatives of three, skipping the used one', () => {
    const initiatives = [
      anInitiative({ id: 'SK-A', recognisedYear: 2024 }),
      anInitiative({ id: 'SK-B', recognisedYear: 2024 }),
      anInitiative({ id: 'SK-C', recognisedYear: 2025 }),
    ];
    const input = anInput({
      award: 'BK_TINH',
      nominationId: 'NOM-BK',
      nominee: aPerson({
        taskRating: 'HTXSNV',
        taskRatingHistory: [{ year: 2024, rating: 'HTXSNV' }],
        initiatives,
      }),
      initiativeRegistry: [{ ...usedFor2024, initiativeId: 'SK-A' }],
    });
    const report = evaluateEligibility(input);
    const achievement = report.results.find((r) => r.ruleId === 'BK_TINH.person_achievement');
    expect(achievement?.details).toMatchObject({ initiativeIds: ['SK-B', 'SK-C'] });
    expect(achievement?.message).toContain('Không tính SK-A');
    expect(report.verdict).toBe('eligible');
  });

  it('meets CSTĐ cấp tỉnh (Điều 22) with an unused initiative of provincial reach when another was used', () => {
    const input = anInput({
      award: 'CSTD_TINH',
      nominationId: 'NOM-T',
      nominee: aPerson({
        initiatives: [
          anInitiative({ id: 'SK-P1', scope: 'province' }),
          anInitiative({ id: 'SK-P2', scope: 'province' }),
        ],
      }),
      initiativeRegistry: [{ ...usedFor2024, initiativeId: 'SK-P1' }],
    });
    const reach = evaluateEligibility(input).results.find((r) => r.ruleId === 'CSTD_TINH.initiative_reach');
    expect(reach).toMatchObject({ status: 'passed', details: { initiativeIds: ['SK-P2'] } });
  });

  it('still refuses, naming the other nomination, when every qualifying initiative was used', () => {
    const input = anInput({
      award: 'CSTDCS',
      nominationId: 'NOM-NEW',
      nominee: aPerson({
        initiatives: [anInitiative(), anInitiative({ id: 'SK-2025-002' })],
      }),
      initiativeRegistry: [
        usedFor2024,
        { ...usedFor2024, initiativeId: 'SK-2025-002', nominationId: 'NOM-X' },
      ],
    });
    const once = evaluateEligibility(input).results.find((r) => r.ruleId === 'COMMON.initiative_once');
    expect(once?.status).toBe('failed');
    expect(once?.message).toContain('NOM-OLD');
  });
});
