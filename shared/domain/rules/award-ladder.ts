/**
 * Which awards stand above which, for targets written "… trở lên" ("100 % tập thể đạt Tập thể lao
 * động tiên tiến trở lên"): a higher title of the same ladder meets a lower one's target. Titles
 * of persons, titles of collectives and reward forms are three ladders (Điều 8–9 Luật TĐKT 2022
 * order them); awards of one step rank alike (the Bằng khen of a Bộ and of the province).
 */
import type { AwardCode } from '../vocabulary';

const LADDERS: readonly (readonly (readonly AwardCode[])[])[] = [
  [['LDTT'], ['CSTDCS'], ['CSTD_TINH'], ['CSTD_TQ']],
  [['TTLDTT'], ['TTLDXS'], ['CO_TINH'], ['CO_CP']],
  [['GIAY_KHEN'], ['BK_TINH', 'BK_BO'], ['BK_TTG'], ['HCLD_3'], ['HCLD_2'], ['HCLD_1']],
];

/** The award and every award above it on its ladder. */
export function awardAndHigher(award: AwardCode): AwardCode[] {
  for (const ladder of LADDERS) {
    const step = ladder.findIndex((s) => s.includes(award));
    if (step >= 0) return ladder.slice(step).flat();
  }
  return [award];
}

/** The awards a target counts: any of those it names, and with `orHigher` the ones above them. */
export function awardsCounted(awards: readonly AwardCode[], orHigher: boolean): ReadonlySet<AwardCode> {
  return new Set(orHigher ? awards.flatMap(awardAndHigher) : awards);
}
