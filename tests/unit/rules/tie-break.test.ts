/**
 * Ties at a cap. Điều 4 NĐ 98/2023 (carried into NĐ 152/2025): "ưu tiên nữ và tập thể có tỷ lệ nữ
 * từ 70 % trở lên" when achievements are equal; the seed launch documents add staff who hold no
 * leadership or management post.
 */
import { describe, expect, it } from 'vitest';
import { rankForCap, resolveRuleSet, selectNationalRuleSet } from '../../../shared/domain/rules';
import { provinceOverrides } from './factories';

const ruleSet = selectNationalRuleSet('2025-12-15');

describe('who takes the last places of a cap', () => {
  it('ranks women first, then staff without a leadership post, then the order given', () => {
    const ranked = rankForCap(ruleSet, [
      { id: 'leader-man', subject: 'person', isWoman: false, holdsLeadershipPost: true },
      { id: 'staff-man', subject: 'person', isWoman: false, holdsLeadershipPost: false },
      { id: 'leader-woman', subject: 'person', isWoman: true, holdsLeadershipPost: true },
      { id: 'unknown', subject: 'person', holdsLeadershipPost: true },
      { id: 'staff-woman', subject: 'person', isWoman: true, holdsLeadershipPost: false },
    ]);
    expect(ranked.map((r) => r.id)).toEqual([
      'staff-woman',
      'leader-woman',
      'staff-man',
      'leader-man',
      'unknown',
    ]);
    expect(ranked[0]?.reasons).toEqual(['Nữ', 'Không giữ chức vụ lãnh đạo, quản lý']);
    expect(ranked[3]?.reasons).toEqual(['Không thuộc diện ưu tiên: theo thứ tự đề nghị']);
  });

  it('favours a collective with at least 70 % women, and not one with 69 %', () => {
    const ranked = rankForCap(ruleSet, [
      { id: 'c-69', subject: 'collective', members: 100, women: 69 },
      { id: 'c-70', subject: 'collective', members: 10, women: 7 },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['c-70', 'c-69']);
    expect(ranked[0]?.reasons[0]).toBe('Tập thể có 7/10 thành viên nữ (từ 70 % trở lên)');
  });

  it('drops the leadership criterion where the province does not adopt it', () => {
    const overrides = provinceOverrides({
      periods: [
        {
          effectiveFrom: '2024-01-01',
          basis: 'Quy chế (thử nghiệm)',
          confirmed: true,
          rules: { 'COMMON.tie_break': { favourNonLeaders: false } },
        },
      ],
    });
    const ranked = rankForCap(resolveRuleSet('2025-12-15', overrides), [
      { id: 'leader', subject: 'person', isWoman: false, holdsLeadershipPost: true },
      { id: 'staff', subject: 'person', isWoman: false, holdsLeadershipPost: false },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['leader', 'staff']);
    expect(ruleSet.rules['COMMON.tie_break'].citation).toContain('Điều 4 Nghị định 152/2025/NĐ-CP');
  });
});
