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
