/**
 * Tiền thưởng: NĐ 152/2025 sets each award's coefficient of the mức lương cơ sở (LĐTT 0,3; CSTĐCS
 * 1,0; CSTĐ cấp tỉnh 3,0; CSTĐ toàn quốc 4,5; TTLĐTT 0,8; TTLĐXS 1,5; Cờ Chính phủ 12,0), the base
 * salary being the one in force on the decision date (NĐ 24/2023: 1.800.000 đồng from 01/07/2023;
 * NĐ 73/2024: 2.340.000 đồng from 01/07/2024), rounded up to the ten thousand đồng.
 */
import { describe, expect, it } from 'vitest';
import { buildAwardDocument, issuerOf } from '../../../shared/domain/documents';
import { baseSalaryOn, formatMoney, rewardAmount } from '../../../shared/domain/rules/reward-money';

describe('tiền thưởng of an award', () => {
  it('pays a LĐTT 0,3 × 2.340.000 = 702.000, rounded up to 710.000 đồng', () => {
    expect(rewardAmount('LDTT', 'person', '2026-01-05')).toMatchObject({
      coefficient: 0.3,
      baseSalary: 2_340_000,
      amount: 710_000,
      confirmed: true,
    });
  });

  it('takes the base salary in force on the decision date', () => {
    expect(rewardAmount('CSTDCS', 'person', '2024-06-30')?.amount).toBe(1_800_000);
    expect(rewardAmount('CSTDCS', 'person', '2024-07-01')?.amount).toBe(2_340_000);
    expect(baseSalaryOn('2023-06-30')).toBeUndefined();
  });

  it('pays the collective titles and the Cờ Chính phủ by their coefficients', () => {
    expect(rewardAmount('TTLDTT', 'collective', '2026-01-05')?.amount).toBe(1_880_000); // 1.872.000 ↑
    expect(rewardAmount('TTLDXS', 'collective', '2026-01-05')?.amount).toBe(3_510_000);
    expect(rewardAmount('CO_CP', 'collective', '2026-01-05')?.amount).toBe(28_080_000);
    expect(rewardAmount('CSTD_TQ', 'person', '2026-01-05')?.amount).toBe(10_530_000);
  });

  it('marks the coefficients not confirmed from NĐ 152/2025 (Bằng khen tỉnh) and gives none without a base salary', () => {
    expect(rewardAmount('BK_TINH', 'person', '2026-01-05')).toMatchObject({
      amount: 2_340_000,
      confirmed: false,
      basis: expect.stringContaining('chưa xác nhận'),
    });
    expect(rewardAmount('LDTT', 'person', '2023-01-05')).toBeUndefined();
    expect(formatMoney(28_080_000)).toBe('28.080.000');
  });
});

describe("a decision's annex lists each awardee's amount and the total", () => {
  const SO = issuerOf({ name: 'Sở Nội vụ tỉnh Hà Tĩnh', level: 'department' }, 'Hà Tĩnh');
  const doc = (kind: 'decision' | 'submission') =>
    buildAwardDocument(
      {
        kind,
        number: kind === 'decision' ? '05/QĐ-SNV' : '03/TTr-SNV',
        signedOn: '2026-01-05',
        summary: 'Về việc tặng danh hiệu thi đua',
        entries: [
          { awardCode: 'LDTT', nomineeName: 'Hoàng Thị Lan', position: 'Chuyên viên', subject: 'person' },
          {
            awardCode: 'CSTDCS',
            nomineeName: 'Bùi Thị Thanh Hương',
            position: 'Lưu trữ viên',
            subject: 'person',
          },
          { awardCode: 'TTLDTT', nomineeName: 'Phòng Công chức, viên chức', subject: 'collective' },
        ],
      },
      SO,
    );

  it('prints the amounts in a column of their own and the total under the table, with how they were reckoned', () => {
    const annex = doc('decision').annex;
    expect(annex.columns.at(-1)).toBe('Tiền thưởng (đồng)');
    expect(annex.rows.map((r) => r.amount)).toEqual(['710.000', '2.340.000', '1.880.000']);
    expect(annex.money?.total).toBe('4.930.000');
    expect(annex.money?.notes[0]).toBe(
      'Lao động tiên tiến (cá nhân): 0,3 × 2.340.000 đồng (mức lương cơ sở theo Nghị định 73/2024/NĐ-CP, hệ số theo Nghị định 152/2025/NĐ-CP), làm tròn lên hàng chục nghìn đồng.',
    );
  });

  it('leaves money off a tờ trình, which only proposes', () => {
    const annex = doc('submission').annex;
    expect(annex.money).toBeUndefined();
    expect(annex.columns).not.toContain('Tiền thưởng (đồng)');
  });
});
