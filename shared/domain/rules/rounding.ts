/**
 * Percentages of head counts, in integer arithmetic so that 15 % of 20 is exactly 3.
 *
 * The rule: a cap ("không quá 15 %") is met when count ≤ percent × base, whose integer form is
 * `floor`; a target ("phấn đấu 70 %") is met when count ≥ percent × base, whose integer form is
 * `ceil`. Both are the exact comparison, with no rounding judgement. A province may choose
 * another rounding for its caps (`round_half_up`, `ceil`) in its override file.
 */
import { formatViDecimal } from '../format/vi-number';
import type { RoundingMode } from './types';

/** Percent as hundredths of a percent (15 → 1500, 12.5 → 1250). */
function basisPoints(percent: number): number {
  return Math.round(percent * 100);
}

/** `percent` % of `base`, rounded to a whole number by `mode`. */
export function percentOf(base: number, percent: number, mode: RoundingMode): number {
  const scaled = base * basisPoints(percent); // exact integer: base × percent × 100
  const whole = Math.floor(scaled / 10_000);
  const remainder = scaled - whole * 10_000;
  switch (mode) {
    case 'floor':
      return whole;
    case 'ceil':
      return remainder > 0 ? whole + 1 : whole;
    case 'round_half_up':
      return remainder >= 5_000 ? whole + 1 : whole;
  }
}

/** Whether `part / whole` reaches `percent` % (strict: exceeds it), compared exactly. */
export function shareReaches(part: number, whole: number, percent: number, strict: boolean): boolean {
  if (whole <= 0) return false;
  const left = part * 10_000;
  const right = whole * basisPoints(percent);
  return strict ? left > right : left >= right;
}

/** `part / whole` as a percentage with one decimal, for messages. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return '0 %';
  return `${formatViDecimal(Math.round((part * 1000) / whole) / 10, 1)} %`;
}
