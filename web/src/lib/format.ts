/** Vietnamese display conventions: dd/mm/yyyy dates, Vietnam time, Vietnamese sorting of names. */

const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const pad = (n: number) => String(n).padStart(2, '0');

/** Dates: the one formatter of the whole system (calendar dates as written, instants in Vietnam time). */
export {
  formatViDate as formatDate,
  formatViDateTime as formatDateTime,
} from '../../../shared/domain/format/vi-date';

/** Today in Vietnam as `yyyy-mm-dd`. */
export function todayInVietnam(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: VN_TIME_ZONE }).format(now);
  return parts.slice(0, 10);
}

/** Whole days from today (Vietnam) to `isoDate`; negative when past. */
export function daysUntil(isoDate: string, now = new Date()): number {
  const today = Date.parse(`${todayInVietnam(now)}T00:00:00Z`);
  return Math.round((Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) - today) / 86_400_000);
}

export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Vietnamese names sort by given name (the last word), then by the rest: "Trần Văn An" before
 * "Nguyễn Thị Bình", as lists of cán bộ are read in Vietnam.
 */
export function compareViNames(a: string, b: string): number {
  const given = (name: string) => name.trim().split(/\s+/).at(-1) ?? '';
  return viCollator.compare(given(a), given(b)) || viCollator.compare(a, b);
}

export function sortByViName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareViNames(name(x), name(y)));
}

export const formatInteger = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** `pad` is exported for the xlsx export's file names. */
export { pad };
