import { isRealIsoDate } from '../forms/date';

/**
 * A cell as the spreadsheet reader gives it: text, a number, a boolean, a date already read as
 * `yyyy-mm-dd`, or nothing.
 */
export type Cell = string | number | boolean | null;

export const cellText = (cell: Cell | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell).normalize('NFC').trim();

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A date cell: `yyyy-mm-dd`, `dd/mm/yyyy` (also with `-` or `.`), or Excel's day number. Undefined
 * when it is none of them or names a day that does not exist.
 */
export function cellDate(cell: Cell | undefined): string | undefined {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 100_000) {
    return new Date(EXCEL_EPOCH_MS + cell * 86_400_000).toISOString().slice(0, 10);
  }
  const text = cellText(cell);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : undefined;
  if (!parts) return undefined;
  const value = `${parts[0]}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`;
  return isRealIsoDate(value) ? value : undefined;
}

/** A whole year written as a number or as text. */
export function cellYear(cell: Cell | undefined): number | undefined {
  const text = cellText(cell);
  return /^\d{4}$/.test(text) ? Number(text) : undefined;
}
