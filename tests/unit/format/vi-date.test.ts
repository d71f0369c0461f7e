import { describe, expect, it } from 'vitest';
import { formatViDate, formatViDateTime } from '../../../shared/domain/format/vi-date';
import { viDate } from '../../../shared/mail/html';

describe('the one Vietnamese date formatter', () => {
  it('shows a calendar date as written, whatever the machine time zone', () => {
    expect(formatViDate('2026-01-05')).toBe('05/01/2026');
    expect(formatViDateTime('2026-12-31')).toBe('31/12/2026');
  });

  it("shows an instant on Vietnam's clock (UTC+7): 20:00 UTC is already the next day in Hà Nội", () => {
    expect(formatViDate('2026-01-04T20:00:00.000Z')).toBe('05/01/2026');
    expect(formatViDate('2026-01-04T16:59:59.999Z')).toBe('04/01/2026');
    expect(formatViDateTime('2026-01-04T20:05:00Z')).toBe('05/01/2026 03:05');
    expect(formatViDateTime('2026-12-31T17:00:00.000Z')).toBe('01/01/2027 00:00');
  });

  it('returns what it cannot read, and nothing for nothing', () => {
    expect(formatViDate('sắp tới')).toBe('sắp tới');
    expect(formatViDate(undefined)).toBe('');
    expect(formatViDateTime(null)).toBe('');
  });

  it("is the emails' formatter too, so an evening event is dated on Vietnam's day", () => {
    expect(viDate('2026-11-17T18:30:00.000Z')).toBe('18/11/2026');
  });
});
