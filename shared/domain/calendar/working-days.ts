/**
 * Working-day arithmetic on a holiday calendar. Dates are Vietnam calendar days, `yyyy-mm-dd`;
 * the caller turns instants into days (`vietnamDate`). Pure.
 */
import {
  type DayOff,
  VN_CALENDAR_YEARS,
  VN_DAYS_OFF,
  VN_WORKING_SATURDAYS,
  type WorkingSaturday,
} from './vn-holidays';

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** The day off's name when `date` is a holiday, for messages. */
  holidayName(date: string): string | undefined;
  /** True when the calendar holds data for the year of `date` (else only weekends count). */
  covers(date: string): boolean;
}

const DAY_MS = 86_400_000;

const toEpochDay = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const fromEpochDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The calendar day `n` days after `date` (negative for before). */
export function addCalendarDays(date: string, n: number): string {
  return fromEpochDay(toEpochDay(date) + n);
}

/** Builds a calendar from days off and worked Saturdays (the Vietnamese data by default). */
export function makeWorkingCalendar(
  daysOff: readonly DayOff[] = VN_DAYS_OFF,
  workingSaturdays: readonly WorkingSaturday[] = VN_WORKING_SATURDAYS,
  years: { readonly first: number; readonly last: number } = VN_CALENDAR_YEARS,
): WorkingCalendar {
  const off = new Map(daysOff.map((d) => [d.date, d.name]));
  const worked = new Set(workingSaturdays.map((s) => s.date));
  return {
    isWorkingDay(date) {
      if (worked.has(date)) return true;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6 && !off.has(date);
    },
    holidayName: (date) => off.get(date),
    covers(date) {
      const year = Number(date.slice(0, 4));
      return year >= years.first && year <= years.last;
    },
  };
}

export const VN_CALENDAR: WorkingCalendar = makeWorkingCalendar();

/**
 * The working day that ends a limit of `n` working days started on `start`: the start day itself
 * is day 0 (a dossier received on Monday with a 1-day limit is due Tuesday).
 */
export function addWorkingDays(start: string, n: number, calendar: WorkingCalendar = VN_CALENDAR): string {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`addWorkingDays: ${n} is not a whole number of days`);
  let date = start;
  for (let left = n; left > 0; ) {
    date = addCalendarDays(date, 1);
    if (calendar.isWorkingDay(date)) left--;
  }
  return date;
}

/** Working days in `(from, to]`: after the start day, up to and including the end day. */
export function workingDaysBetween(
  from: string,
  to: string,
  calendar: WorkingCalendar = VN_CALENDAR,
): number {
  let count = 0;
  for (let n = toEpochDay(from) + 1, end = toEpochDay(to); n <= end; n++) {
    if (calendar.isWorkingDay(fromEpochDay(n))) count++;
  }
  return count;
}

/** A stretch of days during which a time limit runs; `to` absent while it still runs. */
export interface RunningInterval {
  readonly from: string;
  readonly to?: string;
}

/** Working days used by a clock that ran over `intervals` (paused between them), as of `asOf`. */
export function workingDaysUsed(
  intervals: readonly RunningInterval[],
  asOf: string,
  calendar: WorkingCalendar = VN_CALENDAR,
): number {
  return intervals.reduce((sum, { from, to }) => {
    const end = to === undefined || to > asOf ? asOf : to;
    return end > from ? sum + workingDaysBetween(from, end, calendar) : sum;
  }, 0);
}
