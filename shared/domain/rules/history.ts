/**
 * Reading a nominee's award and rating history for prerequisites. Only `annual` entries count:
 * awards for a campaign (chuyên đề/đợt) or an ad-hoc feat (đột xuất) never serve as the basis of
 * annual ("theo công trạng") rewards (Điều 4 NĐ 98/2023, carried into NĐ 152/2025).
 */
import type { AwardCode, TaskRating, Track } from '../vocabulary';

/** One award the nominee received (or is proposed for, `pending`) in a given year. */
export interface AwardHistoryEntry {
  readonly year: number;
  readonly award: AwardCode;
  readonly track: Track;
  /** E.g. `163/QĐ-UBND`. */
  readonly decisionRef?: string;
  /** Proposed in the same review but not yet decided. */
  readonly pending?: boolean;
  /** Revoked decisions do not count. */
  readonly revoked?: boolean;
}

export interface ConsecutiveRun {
  /** Years of the run, newest first. */
  readonly years: readonly number[];
  /** Years of the run whose award is still pending. */
  readonly pendingYears: readonly number[];
  /** Same-award entries in the looked-at window that were ignored because their track is not annual. */
  readonly ignoredNonAnnual: readonly AwardHistoryEntry[];
}

/** The run of consecutive years ending at `endYear` in which `award` was given on the annual track. */
export function consecutiveAnnualRun(
  history: readonly AwardHistoryEntry[],
  award: AwardCode,
  endYear: number,
): ConsecutiveRun {
  const sameAward = history.filter((entry) => entry.award === award && !entry.revoked);
  const years: number[] = [];
  const pendingYears: number[] = [];
  let year = endYear;
  for (;;) {
    const entries = sameAward.filter((entry) => entry.year === year && entry.track === 'annual');
    if (entries.length === 0) break;
    years.push(year);
    if (entries.every((entry) => entry.pending)) pendingYears.push(year);
    year -= 1;
  }
  // Report the non-annual entries that would have extended or filled the run, so the message can say why.
  const lowest = year;
  const ignoredNonAnnual = sameAward.filter(
    (entry) => entry.track !== 'annual' && entry.year <= endYear && entry.year >= lowest - 1,
  );
  return { years, pendingYears, ignoredNonAnnual };
}

/** A task rating of one year. */
export interface YearRating {
  readonly year: number;
  readonly rating: TaskRating;
}

/** Consecutive years ending at `endYear` with at least `min` rating (best first in TASK_RATINGS). */
export function consecutiveRatingYears(
  ratings: readonly YearRating[],
  min: TaskRating,
  endYear: number,
  atLeast: (rating: TaskRating, min: TaskRating) => boolean,
): number[] {
  const years: number[] = [];
  for (let year = endYear; ; year--) {
    const entry = ratings.find((r) => r.year === year);
    if (!entry || !atLeast(entry.rating, min)) return years;
    years.push(year);
  }
}
