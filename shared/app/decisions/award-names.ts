import { DEFAULT_CATALOG } from '../../domain/rules';
import type { AwardCode } from '../../domain/vocabulary';

/** Vietnamese award names for annexes and lists. */
export const AWARD_CATALOG_NAMES: Readonly<Record<AwardCode, string>> = Object.fromEntries(
  Object.entries(DEFAULT_CATALOG).map(([code, award]) => [code, award.name]),
) as Record<AwardCode, string>;
