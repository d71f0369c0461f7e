import * as z from 'zod/mini';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `yyyy-mm-dd` and names a day that exists (no 2025-02-30). */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  // Date.UTC rolls 02-30 over to 03-02; a real date survives the round trip unchanged.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date as `yyyy-mm-dd`. Kept as a string, not a `Date`: a date of a decision or a
 * deadline has no time zone, and `yyyy-mm-dd` strings compare correctly with `<` and `>`.
 */
export const isoDate = z.string().check(
  z.trim(),
  z.superRefine((value, ctx) => {
    if (isRealIsoDate(value)) return;
    const message = ISO_DATE.test(value) ? 'Ngày không tồn tại.' : 'Ngày phải có dạng yyyy-mm-dd.';
    ctx.addIssue({ code: 'custom', message, params: { code: 'invalid_date' }, input: value });
  }),
);

/** Years the system accepts on forms: the law took effect in 2024; history goes back further. */
export const YEAR_MIN = 1945;
export const YEAR_MAX = 2100;
export const year = z.int().check(z.gte(YEAR_MIN), z.lte(YEAR_MAX));
