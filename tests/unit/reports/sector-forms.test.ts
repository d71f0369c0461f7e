import { describe, expect, it } from 'vitest';
import { personTier } from '../../../shared/domain/reports/person-tier';
import {
  type AwardFact,
  campaignFact,
  form0601,
  form0602,
  form0603,
  reportingYear,
  reportingYearOf,
} from '../../../shared/domain/reports/sector-forms';

const codes = (rows: readonly { code?: string }[]) => rows.flatMap((r) => (r.code ? [r.code] : []));
const seq = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0'));

describe('the layout of the forms (Thông tư 02/2023/TT-BNV)', () => {
  it('numbers the rows as the circular does, headings between the groups', () => {
    expect(codes(form0601([]).rows)).toEqual(seq(1, 12));
    expect(codes(form0602([]).rows)).toEqual(['01', '02', '03', ...seq(6, 21)]);
    expect(codes(form0603([]).rows)).toEqual(seq(1, 17));
    expect(
      form0603([])
        .rows.filter((r) => r.heading)
        .map((r) => r.label),
    ).toEqual(['1. Chia theo đối tượng khen thưởng', '2. Chia theo phương thức khen thưởng']);
    expect(
      form0602([])
        .rows.filter((r) => r.heading)
        .map((r) => r.label),
    ).toEqual([
      '1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng',
      '2. Chia theo đối tượng khen thưởng',
      '3. Chia theo phương thức khen thưởng',
    ]);
  });

  it("names each form, its columns and each row's unit", () => {
    const [f1, f2, f3] = [form0601([]), form0602([]), form0603([])];
    expect([f1.number, f2.number, f3.number]).toEqual([
      'Biểu số: 0601.N/BNV-TĐKT',
      'Biểu số: 0602.N/BNV-TĐKT',
      'Biểu số: 0603.N/BNV-TĐKT',
    ]);
    expect(f1.countUnit).toBe('Đơn vị tính: Phong trào');
    expect(f1.hasUnitColumn).toBe(false);
    expect(f1.columns).toHaveLength(3);
    expect(f2.columns).toHaveLength(18);
    expect(f2.columns[0]?.path).toEqual([
      'Các loại huân chương, huy chương',
      'Huân chương Lao động hạng Nhất',
      'Tập thể',
    ]);
    expect(f3.columns.map((c) => c.path.length)).toEqual([1, 1, 1, 1]);
    expect(f3.rows.find((r) => r.code === '05')).toMatchObject({ label: '- Cá nhân', unit: 'Người' });
    for (const form of [f1, f2, f3])
      for (const row of form.rows) if (!row.heading) expect(row.values).toHaveLength(form.columns.length + 1);
  });
});

describe('the counts', () => {
  const facts: AwardFact[] = [
    { awardCode: 'BK_TINH', subject: 'person', track: 'annual', tier: 'worker' },
    { awardCode: 'BK_TINH', subject: 'collective', track: 'campaign' },
    { awardCode: 'CO_TINH', subject: 'collective', track: 'annual' },
    { awardCode: 'CSTD_TINH', subject: 'person', track: 'annual', tier: 'department_leader' },
    { awardCode: 'LDTT', subject: 'person', track: 'annual', tier: 'worker' },
    { awardCode: 'BK_TTG', subject: 'person', track: 'ad_hoc', tier: 'other_leader' },
  ];

  it('put each award in its row and column; an award no column takes counts nowhere', () => {
    const rows = Object.fromEntries(form0603(facts).rows.map((r) => [r.code, r.values]));
    expect(rows['01']).toEqual([4, 2, 1, 1, 0]);
    expect(rows['02']).toEqual([2, 1, 0, 1, 0]);
    expect(rows['05']).toEqual([2, 1, 1, 0, 0]);
    expect(rows['07']).toEqual([1, 0, 1, 0, 0]);
    expect(rows['10']).toEqual([1, 1, 0, 0, 0]);
    expect(rows['11']).toEqual([3, 1, 1, 1, 0]);
    expect(rows['12']).toEqual([1, 1, 0, 0, 0]);
    const state = Object.fromEntries(form0602(facts).rows.map((r) => [r.code, r.values]));
    // BK TTg cá nhân is the 15th column.
    expect(state['01']?.[0]).toBe(1);
    expect(state['01']?.[15]).toBe(1);
    expect(state['13']?.[0]).toBe(1);
    expect(state['17']?.[0]).toBe(1);
  });

  it('sum the subjects and the methods to the total', () => {
    for (const form of [form0602(facts), form0603(facts)]) {
      const v = Object.fromEntries(form.rows.map((r) => [r.code, r.values?.[0] ?? 0]));
      const [collective, household, person] = form.id === '0603.N' ? ['02', '04', '05'] : ['06', '08', '09'];
      expect((v[collective] ?? 0) + (v[household] ?? 0) + (v[person] ?? 0)).toBe(v['01']);
    }
  });

  it('groups campaigns by who launched them, their length and whether they are the yearly emulation', () => {
    const year = [
      { startsOn: '2026-01-01', endsOn: '2026-06-30' },
      { startsOn: '2026-07-01', endsOn: '2026-12-31' },
    ];
    expect(campaignFact(year, true, 'organisation')).toEqual({
      launchedBy: 'organisation',
      days: 365,
      regular: true,
    });
    expect(campaignFact(year, false, 'province').regular).toBe(false);
    const short = campaignFact([{ startsOn: '2026-03-01', endsOn: '2026-05-31' }], true, 'province');
    const long = campaignFact([{ startsOn: '2021-01-01', endsOn: '2025-12-31' }], false, 'province');
    const rows = Object.fromEntries(
      form0601([campaignFact(year, true, 'organisation'), short, long]).rows.map((r) => [r.code, r.values]),
    );
    expect(rows['01']).toEqual([3, 0, 2, 1]);
    expect(rows['03']).toEqual([2, 0, 2, 0]);
    expect(rows['06']).toEqual([1, 0, 1, 0]);
    expect(rows['07']).toEqual([1, 0, 0, 1]);
    expect(rows['10']).toEqual([1, 0, 1, 0]);
    expect(rows['11']).toEqual([2, 0, 2, 0]);
    expect(rows['12']).toEqual([1, 0, 0, 1]);
  });
});

describe("the sector's reporting year", () => {
  it('runs from 01/12 of the year before to 30/11, and is recognised as such', () => {
    expect(reportingYear(2026)).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(reportingYearOf('2025-12-01', '2026-11-30')).toBe(2026);
    expect(reportingYearOf('2026-01-01', '2026-12-31')).toBeUndefined();
  });
});

describe("a person's group on the forms", () => {
  it.each([
    ['Phó Chủ tịch UBND tỉnh', true, 'province_leader'],
    ['Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh', true, 'province_leader'],
    ['Phó Bí thư Tỉnh ủy', true, 'province_leader'],
    ['Chủ tịch Công đoàn ngành Giáo dục tỉnh', true, 'other_leader'],
    ['Giám đốc Sở', true, 'department_leader'],
    ['Phó Giám đốc Sở Nội vụ', true, 'department_leader'],
    ['Giám đốc Trung tâm Lưu trữ lịch sử', true, 'other_leader'],
    ['Trưởng phòng', true, 'other_leader'],
    ['Phó Chánh Văn phòng', true, 'other_leader'],
    ['Tổ trưởng chuyên môn', true, 'other_leader'],
    ['Giám đốc Công ty TNHH Hoàng Long', true, 'entrepreneur'],
    ['Chuyên viên phòng Doanh nghiệp', false, 'worker'],
    ['Chuyên viên chính', false, 'worker'],
    [undefined, undefined, 'worker'],
  ] as const)('%s (leadership post: %s) → %s', (position, lead, tier) => {
    expect(personTier(position, lead)).toBe(tier);
  });
});
