import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors';
import { parseProvinceOverrides, quotaAllowance, resolveRuleSet } from '../../../shared/domain/rules';
import { DEMO_RULES_CODE, ruleOverridesFor } from '../../../shared/rule-overrides';
import { loadProvinceRuleOverrides } from '../../../shared/rules-config';

const issuesOf = (input: unknown) => {
  try {
    parseProvinceOverrides(input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
};

describe('province override files', () => {
  const files = readdirSync(join(import.meta.dirname, '../../../config/rules')).filter((f) =>
    f.endsWith('.json'),
  );

  it('ships the five seed provinces and the demo', () => {
    expect(files.sort()).toEqual([
      'cao-bang.json',
      'demo-ha-tinh.json',
      'ha-tinh.json',
      'lai-chau.json',
      'lang-son.json',
      'lao-cai.json',
    ]);
  });

  it.each(files.map((f) => f.replace('.json', '')))(
    'validates config/rules/%s.json and resolves on 01/07/2025',
    (code) => {
      const overrides = loadProvinceRuleOverrides(code);
      expect(overrides.province).toBe(code);
      expect(resolveRuleSet('2025-07-01', overrides).id).toBe(`VN-2025-ND152+${code}`);
    },
  );

  it('ships every file to the functions exactly as the schema parses it', () => {
    for (const code of files.map((f) => f.replace('.json', '')))
      expect(ruleOverridesFor(code)).toEqual(loadProvinceRuleOverrides(code));
  });

  it('caps CSTĐCS in the demo only, citing its illustrative quy chế; Hà Tĩnh itself sets no cap', () => {
    const demo = resolveRuleSet('2025-12-15', loadProvinceRuleOverrides(DEMO_RULES_CODE));
    const real = resolveRuleSet('2025-12-15', loadProvinceRuleOverrides('ha-tinh'));
    expect(quotaAllowance(demo, 'CSTDCS.quota', 20)).toBe(3);
    expect(demo.rules['CSTDCS.quota'].citation).toContain('minh hoạ');
    expect(quotaAllowance(real, 'CSTDCS.quota', 20)).toBeNull();
  });

  it("applies Lạng Sơn's council thresholds with the provincial basis, unconfirmed", () => {
    const ruleSet = resolveRuleSet('2025-12-15', loadProvinceRuleOverrides('lang-son'));
    expect(ruleSet.awards.BK_TINH.voting.threshold).toEqual({ num: 70, den: 100 });
    expect(ruleSet.awards.BK_TINH.citation).toContain('Lạng Sơn');
    expect(ruleSet.awards.BK_TINH.confirmed).toBe(false);
  });
});

describe('override schema', () => {
  it('rejects a misspelt rule id with a Vietnamese message', () => {
    const issues = issuesOf({
      province: 'ha-tinh',
      name: 'Hà Tĩnh',
      periods: [
        { effectiveFrom: '2025-07-01', basis: 'QĐ', confirmed: false, rules: { 'CSTDCS.quotaa': {} } },
      ],
    });
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'periods.0.rules',
        code: 'unrecognized_keys',
        message: expect.stringContaining('CSTDCS.quotaa'),
      }),
    ]);
  });

  it('rejects a quota above 100 % and an unknown rounding', () => {
    const issues = issuesOf({
      province: 'ha-tinh',
      name: 'Hà Tĩnh',
      periods: [
        {
          effectiveFrom: '2025-07-01',
          basis: 'QĐ',
          confirmed: false,
          rules: { 'CSTDCS.quota': { percent: 150, rounding: 'nearest' } },
        },
      ],
    });
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['periods.0.rules.CSTDCS.quota.percent', 'Tỷ lệ không được vượt quá 100 %.'],
      [
        'periods.0.rules.CSTDCS.quota.rounding',
        'Cách làm tròn phải là một trong: floor, round_half_up, ceil.',
      ],
    ]);
  });

  it('rejects overlapping periods and a missing basis', () => {
    const issues = issuesOf({
      province: 'ha-tinh',
      name: 'Hà Tĩnh',
      periods: [
        { effectiveFrom: '2024-01-01', basis: 'A', confirmed: true },
        { effectiveFrom: '2025-07-01', basis: ' ', confirmed: true },
      ],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'periods.1.basis',
          message: 'Căn cứ (văn bản quy định) không được để trống.',
        }),
        expect.objectContaining({
          path: 'periods.1.effectiveFrom',
          message: expect.stringContaining('trùng thời gian'),
        }),
      ]),
    );
  });

  it('rejects a malformed date and an unknown top-level key', () => {
    const issues = issuesOf({
      province: 'ha-tinh',
      name: 'Hà Tĩnh',
      periods: [{ effectiveFrom: '01/07/2025', basis: 'A', confirmed: true }],
      extra: 1,
    });
    expect(issues.map((i) => i.message)).toEqual(
      expect.arrayContaining(['Ngày phải theo định dạng yyyy-mm-dd.', expect.stringContaining('"extra"')]),
    );
  });

  it('rejects a voting threshold above one', () => {
    const voting = {
      ballot: 'secret',
      quorum: { num: 2, den: 3 },
      threshold: { num: 11, den: 10 },
      denominator: 'all_members',
      writtenOpinionsAllowed: true,
    };
    const issues = issuesOf({
      province: 'ha-tinh',
      name: 'Hà Tĩnh',
      periods: [
        { effectiveFrom: '2025-07-01', basis: 'A', confirmed: true, awards: { CSTD_TINH: { voting } } },
      ],
    });
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'periods.0.awards.CSTD_TINH.voting.threshold',
        message: 'Tử số không được lớn hơn mẫu số.',
      }),
    ]);
  });
});
