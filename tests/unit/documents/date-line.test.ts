import { describe, expect, it } from 'vitest';
import { documentDate, placeDateLine } from '../../../shared/domain/documents';

describe('the place and date line of Nghị định 30/2020/NĐ-CP', () => {
  it('zero-pads a day below 10 and January', () => {
    expect(placeDateLine('Hà Tĩnh', '2026-01-05')).toBe('Hà Tĩnh, ngày 05 tháng 01 năm 2026');
  });

  it('writes 15 March without padding the month', () => {
    expect(placeDateLine('Hà Tĩnh', '2026-03-15')).toBe('Hà Tĩnh, ngày 15 tháng 3 năm 2026');
  });

  it('zero-pads the first of February in both day and month', () => {
    expect(documentDate('2026-02-01')).toBe('ngày 01 tháng 02 năm 2026');
  });

  it('pads months 01 and 02 only, and days 01 to 09 only', () => {
    expect(documentDate('2026-12-09')).toBe('ngày 09 tháng 12 năm 2026');
    expect(documentDate('2026-10-10')).toBe('ngày 10 tháng 10 năm 2026');
    expect(documentDate('2026-02-28')).toBe('ngày 28 tháng 02 năm 2026');
    expect(documentDate('2026-03-01')).toBe('ngày 01 tháng 3 năm 2026');
  });

  it('is NFC even when the place is given decomposed', () => {
    const line = placeDateLine('Hà Tĩnh'.normalize('NFD'), '2026-01-05');
    expect(line).toBe(line.normalize('NFC'));
    expect(line.startsWith('Hà Tĩnh,')).toBe(true);
  });

  it('refuses a date that is not yyyy-mm-dd', () => {
    expect(() => documentDate('05/01/2026')).toThrow(RangeError);
    expect(() => documentDate('2026-13-01')).toThrow(RangeError);
  });
});
