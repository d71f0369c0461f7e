import { type Cell, cellText } from './cells';
import { fold } from './fold';

/**
 * The column of each field, guessed from a header row in the user's own words and order: the
 * template's header, then the usual words for it. The user confirms or changes the result.
 */
export function guessColumns<F extends string>(
  header: readonly Cell[],
  fields: readonly F[],
  templateHeaders: Readonly<Record<F, string>>,
  usualWords: Readonly<Record<F, readonly string[]>>,
): Partial<Record<F, number>> {
  const folded = header.map((cell) => fold(cellText(cell)));
  const mapping: Partial<Record<F, number>> = {};
  const taken = new Set<number>();
  for (const field of fields) {
    const words = [fold(templateHeaders[field]), ...usualWords[field]];
    for (const word of words) {
      const index = folded.findIndex((h, i) => !taken.has(i) && (h === word || h.startsWith(`${word} `)));
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** A row with nothing in it: skipped, never reported (offices leave blank lines between groups). */
export const isBlankRow = (cells: readonly Cell[]): boolean => cells.every((cell) => cellText(cell) === '');

/** How far down a sheet its header is looked for, under the title lines offices put above it. */
const HEADER_SEARCH_ROWS = 20;

/**
 * Where the header is in a sheet read whole (row r of the sheet at index r - 1): the row among
 * the first twenty whose cells name the most fields (the earliest on a tie), under any title
 * lines ("UBND TỈNH …", "DANH SÁCH …"); the first row with anything in it when none names one.
 */
export function locateHeader(
  cells: readonly (readonly Cell[])[],
  guess: (header: readonly Cell[]) => Partial<Record<string, number>>,
): number {
  let best = { index: -1, named: 0 };
  for (let i = 0; i < Math.min(cells.length, HEADER_SEARCH_ROWS); i++) {
    const named = Object.keys(guess(cells[i] ?? [])).length;
    if (named > best.named) best = { index: i, named };
  }
  if (best.index >= 0) return best.index;
  const first = cells.findIndex((row) => !isBlankRow(row));
  return first >= 0 ? first : 0;
}

/** The column's name as Excel shows it: 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
