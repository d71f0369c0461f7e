/** Small pure helpers on `yyyy-mm-dd` strings; string order equals date order for this format. */
import { ValidationError } from '../errors';
import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits an ISO date into numbers; throws a ValidationError on anything that is not a real date. */
export function parseIsoDate(date: IsoDate, field = 'date'): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    !match ||
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    throw new ValidationError([
      { path: field, code: 'invalid_date', message: `Ngày "${date}" không hợp lệ (định dạng yyyy-mm-dd).` },
    ]);
  }
  return { year, month, day };
}

/** Vietnamese display form `dd/mm/yyyy` (the one formatter: `shared/domain/format/vi-date.ts`). */
export { formatViDate } from '../format/vi-date';

/** Whole months from `from` to `to` (a month counts once its day-of-month is reached). */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}

/** Whether `date` lies in [from, until] (`until` null = open-ended). */
export function isWithin(date: IsoDate, from: IsoDate, until: IsoDate | null | undefined): boolean {
  return date >= from && (until == null || date <= until);
}
