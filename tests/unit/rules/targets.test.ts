import { describe, expect, it } from 'vitest';
import { measureTargetProgress, quotaAllowance, resolveRuleSet } from '../../../shared/domain/rules';
import { provinceOverrides } from './factories';

describe('campaign targets from the seed documents', () => {
  it('meets Hà Tĩnh 2022 "15 % chiến sỹ thi đua cơ sở" with 3 of 20 staff', () => {
    const progress = measureTargetProgress({ label: 'Chiến sĩ thi đua cơ sở', percent: 15 }, 20, 3);
    expect(progress).toMatchObject({ required: 3, met: true, shortfall: 0 });
  });

  it('misses Hà Tĩnh 2022 "20 % tập thể lao động xuất sắc" with 1 of 6 collectives, needing 2', () => {
    const progress = measureTargetProgress({ label: 'Tập thể lao động xuất sắc', percent: 20 }, 6, 1);
    expect(progress).toMatchObject({ required: 2, met: false, shortfall: 1 });
    expect(progress.message).toContain('chưa đạt');
  });

  it("meets Hà Tĩnh's 20 % TTLĐXS target with exactly 1 of 5 collectives", () => {
    expect(measureTargetProgress({ label: 'TTLĐXS', percent: 20 }, 5, 1).met).toBe(true);
  });

  it('measures Lào Cai Q.III/2022 "70 % hoàn thành xuất sắc nhiệm vụ": 28 of 40 meets, 27 does not', () => {
    const target = { label: 'Hoàn thành xuất sắc nhiệm vụ', percent: 70 };
    expect(measureTargetProgress(target, 40, 28)).toMatchObject({ required: 28, met: true });
    expect(measureTargetProgress(target, 40, 27)).toMatchObject({ met: false, shortfall: 1 });
  });

  it('rounds a target up: 70 % of 33 staff needs 24 (23.1 rounded up)', () => {
    expect(measureTargetProgress({ label: 'HTXSNV', percent: 70 }, 33, 23)).toMatchObject({
      required: 24,
      met: false,
    });
  });

  it('shows that a unit of 30 cannot reach the 15 % CSTĐCS target within a 15 % cap set by a quy chế', () => {
    // The target needs ceil(4.5) = 5, the cap allows floor(4.5) = 4: the leaders should know.
    const target = measureTargetProgress({ label: 'Chiến sĩ thi đua cơ sở', percent: 15 }, 30, 4);
    const quyChe = provinceOverrides({
      periods: [
        {
          effectiveFrom: '2024-01-01',
          basis: 'Quy chế (thử nghiệm)',
          confirmed: true,
          rules: { 'CSTDCS.quota': { percent: 15 } },
        },
      ],
    });
    const cap = quotaAllowance(resolveRuleSet('2025-12-15', quyChe), 'CSTDCS.quota', 30);
    expect(target.required).toBe(5);
    expect(cap).toBe(4);
    expect(target.met).toBe(false);
  });
});
