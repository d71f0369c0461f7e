/**
 * Output encoding for emails. SES does not escape anything (its docs say so), and names,
 * reasons and unit names are typed by people: every value placed in HTML goes through
 * `escapeHtml`, which the `html` tag applies to each interpolation unless it is already markup
 * built by this tag. Subjects are headers: CR/LF (header injection) and other controls go.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/** Entity-encodes text for an HTML element body or a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`=]/g, (c) => ENTITIES[c] ?? c);
}

/** Markup already encoded by `html`; never build one from untrusted text. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolated = SafeHtml | string | number | undefined | null | readonly (SafeHtml | string | number)[];

const encode = (value: Interpolated): string => {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((v) => encode(v)).join('');
  return escapeHtml(value);
};

/** Template tag: literal parts are trusted markup, every `${value}` is escaped. */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolated[]): SafeHtml {
  return new SafeHtml(
    strings.reduce(
      (out, part, i) => out + part + (i < values.length ? encode(values[i] as Interpolated) : ''),
      '',
    ),
  );
}

/** A header value on one line: CR, LF and other control characters become spaces, runs collapse. */
export function headerText(value: string, maxLength = 200): string {
  const line = value
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

/** Plain-text bodies: one value on one line, so a crafted name cannot fake extra lines. */
export function plainLine(value: unknown): string {
  return headerText(String(value ?? ''), 2000);
}

/**
 * `2026-01-05` → `05/01/2026`; an ISO instant → its day in Vietnam (the one formatter,
 * `shared/domain/format/vi-date.ts`; an instant's UTC day was shown before, a day early for
 * anything after 17:00 UTC).
 */
export { formatViDate as viDate } from '../domain/format/vi-date';
