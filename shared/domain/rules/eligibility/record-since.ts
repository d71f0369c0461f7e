/**
 * "Đã được tặng [X], 05 năm tiếp theo trở lên liên tục đến thời điểm đề nghị được công nhận hoàn
 * thành tốt nhiệm vụ trở lên, trong thời gian đó có…": the standard of Bằng khen Thủ tướng and
 * Huân chương Lao động (Điều 73, 42–44 Luật TĐKT 2022), read from the history and the ratings.
 * Only annual awards count (Điều 4 of the decrees).
 */
import { type AwardCode, TASK_RATING_LABELS, type TaskRating } from '../../vocabulary';
import { type AwardHistoryEntry, consecutiveRatingYears } from '../history';
import type { RecordSinceParams, RuleSet } from '../types';
import { ratingAtLeast, ratingsOf } from './context';
import type { EligibilityInput } from './facts';

export interface RecordSince {
  readonly met: boolean;
  /** The latest prior award the record runs from; `undefined` when there is none. */
  readonly prior: AwardHistoryEntry | undefined;
  /** Consecutive years after the prior award rated at least the minimum, up to the year proposed. */
  readonly years: readonly number[];
  readonly htxsYears: number;
  /** Each alternative of `anyOf` with its count in those years. */
  readonly counts: readonly {
    readonly award: AwardCode;
    readonly count: number;
    readonly required: number;
  }[];
  /** Years of still-pending awards the met alternative relies on. */
  readonly pendingYears: readonly number[];
}

export function recordSince(input: EligibilityInput, params: RecordSinceParams): RecordSince {
  const prior = input.history
    .filter(
      (h) =>
        params.priorAwards.includes(h.award) &&
        h.track === 'annual' &&
        !h.revoked &&
        !h.pending &&
        h.year < input.year,
    )
    .sort((a, b) => b.year - a.year)[0];
  if (!prior) return { met: false, prior, years: [], htxsYears: 0, counts: [], pendingYears: [] };
  const ratings = ratingsOf(input);
  const years = consecutiveRatingYears(ratings, params.minRating, input.year, ratingAtLeast).filter(
    (y) => y > prior.year,
  );
  const rated = (year: number): TaskRating | undefined => ratings.find((r) => r.year === year)?.rating;
  const htxsYears = years.filter((y) => rated(y) === 'HTXSNV').length;
  const inWindow = (award: AwardCode) =>
    input.history.filter(
      (h) => h.award === award && h.track === 'annual' && !h.revoked && years.includes(h.year),
    );
  const counts = params.anyOf.map((a) => ({
    award: a.award,
    count: inWindow(a.award).length,
    required: a.count,
  }));
  const decidedMeets = params.anyOf.some(
    (a) => inWindow(a.award).filter((h) => !h.pending).length >= a.count,
  );
  const alternative = params.anyOf.find((a) => inWindow(a.award).length >= a.count);
  const met =
    years.length >= params.years &&
    htxsYears >= params.htxsYears &&
    (params.anyOf.length === 0 || alternative !== undefined);
  const pendingYears =
    met && params.anyOf.length > 0 && !decidedMeets && alternative
      ? inWindow(alternative.award)
          .filter((h) => h.pending)
          .map((h) => h.year)
      : [];
  return { met, prior, years, htxsYears, counts, pendingYears };
}

/** The record told in Vietnamese: what the standard asks and what the nominee has. */
export function describeRecordSince(ruleSet: RuleSet, params: RecordSinceParams, found: RecordSince): string {
  const names = params.priorAwards.map((a) => `"${ruleSet.awards[a].name}"`).join(' hoặc ');
  if (!found.prior) return `Chưa được tặng ${names} (khen thưởng hằng năm) trước năm xét.`;
  const sorted = [...found.years].sort((a, b) => a - b);
  const run =
    sorted.length > 0
      ? `${sorted.length} năm liên tục (${sorted.join(', ')}) xếp loại "${TASK_RATING_LABELS[params.minRating]}" trở lên`
      : `chưa có năm nào liên tục đến năm xét xếp loại "${TASK_RATING_LABELS[params.minRating]}" trở lên`;
  const parts = [`Được tặng ${names} năm ${found.prior.year}; từ đó có ${run} (yêu cầu ${params.years} năm)`];
  if (params.htxsYears > 0)
    parts.push(`${found.htxsYears} năm hoàn thành xuất sắc nhiệm vụ (yêu cầu ${params.htxsYears})`);
  if (found.counts.length > 0)
    parts.push(
      `trong thời gian đó ${found.counts
        .map((c) => `${c.count} lần "${ruleSet.awards[c.award].name}" (yêu cầu ${c.required})`)
        .join(' hoặc ')}`,
    );
  return `${parts.join('; ')}.`;
}
