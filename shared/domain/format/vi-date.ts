/**
 * Dates as Vietnamese read them, one formatter for the server, the emails, the documents and the
 * web app. A calendar date (`2026-01-05`) has no time zone and is shown as written; an instant
 * (`2026-01-04T20:00:00Z`) is shown on Vietnam's clock (UTC+7, no daylight saving), so an event
 * at 03:00 on the 5th in Hà Nội never reads as the 4th. Pure arithmetic, no `Intl`.
 */

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An instant's wall-clock parts in Vietnam, or `undefined` when `value` is not an instant. */
function vietnamParts(value: string): { date: string; time: string } | undefined {
  if (!value.includes('T')) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  const local = new Date(ms + VIETNAM_OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

const dayMonthYear = (isoDate: string) =>
  `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;

/** `2026-01-05` → `05/01/2026`; an instant → its day in Vietnam. Anything else is returned as is. */
export function formatViDate(value: string | null | undefined): string {
  if (!value) return '';
  if (CALENDAR_DATE.test(value)) return dayMonthYear(value);
  const parts = vietnamParts(value);
  return parts ? dayMonthYear(parts.date) : value;
}

/** An instant in Vietnam time: `05/01/2026 14:30`; a calendar date alone; anything else as is. */
export function formatViDateTime(value: string | null | undefined): string {
  if (!value) return '';
  if (CALENDAR_DATE.test(value)) return dayMonthYear(value);
  const parts = vietnamParts(value);
  return parts ? `${dayMonthYear(parts.date)} ${parts.time}` : value;
}
