/**
 * Numbers as Vietnamese write them — `5.000`, `11,8` — without `Intl`: the first use of `Intl`
 * (or of `toLocaleString` with a locale) loads ICU's locale data, about 5 ms of a function's cold
 * start when it happens at module load (measured with `--cpu-prof`, issue 15).
 */

/** `5000` → `5.000`; `-1234567` → `-1.234.567`. Rounds to an integer first. */
export function formatViInteger(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return rounded < 0 ? `-${digits}` : digits;
}

/** `11.84` → `11,8` (one fraction digit by default, trailing zeros dropped); `1234.5` → `1.234,5`. */
export function formatViDecimal(value: number, maxFractionDigits = 1): string {
  const factor = 10 ** maxFractionDigits;
  const scaled = Math.round(Math.abs(value) * factor);
  const whole = Math.floor(scaled / factor);
  const fraction = String(scaled % factor)
    .padStart(maxFractionDigits, '0')
    .replace(/0+$/, '');
  const sign = value < 0 && scaled > 0 ? '-' : '';
  return `${sign}${formatViInteger(whole)}${fraction ? `,${fraction}` : ''}`;
}
