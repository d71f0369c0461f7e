import { describe, expect, it } from 'vitest';
import { formatViDecimal, formatViInteger } from '../../../shared/domain/format/vi-number';

describe('Vietnamese numbers without Intl', () => {
  it('groups thousands with a dot', () => {
    expect(formatViInteger(0)).toBe('0');
    expect(formatViInteger(999)).toBe('999');
    expect(formatViInteger(5000)).toBe('5.000');
    expect(formatViInteger(2_340_000)).toBe('2.340.000');
    expect(formatViInteger(-1_234_567)).toBe('-1.234.567');
    expect(formatViInteger(702.4)).toBe('702');
  });

  it('writes the fraction after a comma, rounded, without trailing zeros', () => {
    expect(formatViDecimal(11.84)).toBe('11,8');
    expect(formatViDecimal(20)).toBe('20');
    expect(formatViDecimal(1234.5)).toBe('1.234,5');
    expect(formatViDecimal(0.05, 1)).toBe('0,1');
    expect(formatViDecimal(2.999, 2)).toBe('3');
    expect(formatViDecimal(15.25, 2)).toBe('15,25');
    expect(formatViDecimal(-0.04)).toBe('0');
  });

  it('agrees with Intl for the values our messages use', () => {
    for (const value of [0, 1, 12.5, 99.95, 100, 1048.6, 5000, 20.04])
      expect(formatViDecimal(value, 1)).toBe(value.toLocaleString('vi-VN', { maximumFractionDigits: 1 }));
    for (const value of [0, 7, 1000, 5000, 123456789])
      expect(formatViInteger(value)).toBe(value.toLocaleString('vi-VN'));
  });
});
