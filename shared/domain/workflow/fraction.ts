import type { Fraction } from '../voting-policy';

/** A share between 0 and 1 with a positive denominator, both safe integers. */
export function isValidShare(f: Fraction): boolean {
  return (
    Number.isSafeInteger(f.num) && Number.isSafeInteger(f.den) && f.den > 0 && f.num >= 0 && f.num <= f.den
  );
}

/**
 * `part / whole ≥ share`, decided by cross-multiplication in BigInt: 7/10 ≥ 70/100 holds exactly,
 * where `7 / 10 >= 0.7` would depend on how the threshold was written as a float.
 */
export function reachesShare(part: number, whole: number, share: Fraction): boolean {
  return BigInt(part) * BigInt(share.den) >= BigInt(share.num) * BigInt(whole);
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The fraction in lowest terms (0/n becomes 0/1). */
export function reduce(f: Fraction): Fraction {
  const d = gcd(Math.abs(f.num), Math.abs(f.den)) || 1;
  return { num: f.num / d, den: f.den / d };
}
