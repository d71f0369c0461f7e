import * as z from 'zod/mini';

/**
 * Text builders. Every text field of every form goes through one of these, so each is trimmed,
 * NFC-normalised (a name typed on macOS arrives decomposed; sorting, searching and uniqueness
 * checks must not see two spellings of "Nguyễn") and length-limited after normalisation.
 */

const isControl = (code: number): boolean => code < 0x20 || (code >= 0x7f && code <= 0x9f);
/** Line and paragraph separators and bidi overrides can hide or reorder text in a list or a PDF. */
const isInvisibleTrap = (code: number): boolean =>
  code === 0x2028 ||
  code === 0x2029 ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

function hasForbiddenCharacter(value: string, allowLineBreaks: boolean): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (allowLineBreaks && (code === 0x0a || code === 0x09)) continue;
    if (isControl(code) || isInvisibleTrap(code)) return true;
  }
  return false;
}

/** A one-line text (name, title, position): trimmed, NFC, `min`..`max` characters, no control characters. */
export function singleLineText(max: number, min = 1) {
  return z.string().check(
    z.trim(),
    z.normalize('NFC'),
    z.minLength(min),
    z.maxLength(max),
    z.refine((value) => !hasForbiddenCharacter(value, false), {
      message: 'Không được chứa ký tự điều khiển hoặc xuống dòng.',
      params: { code: 'forbidden_character' },
    }),
  );
}

/** A paragraph (theme, notes, reason): line breaks are kept and unified to `\n`; tabs allowed. */
export function multiLineText(max: number, min = 1) {
  return z.string().check(
    z.overwrite((value) => value.replace(/\r\n?/g, '\n')),
    z.trim(),
    z.normalize('NFC'),
    z.minLength(min),
    z.maxLength(max),
    z.refine((value) => !hasForbiddenCharacter(value, true), {
      message: 'Không được chứa ký tự điều khiển.',
      params: { code: 'forbidden_character' },
    }),
  );
}

/** A system identifier (ULID or slug): ASCII letters, digits, `_` and `-` only. */
export function identifier(max: number) {
  return z
    .string()
    .check(
      z.trim(),
      z.minLength(1),
      z.maxLength(max),
      z.regex(/^[A-Za-z0-9_-]+$/, { message: 'Mã định danh không hợp lệ.' }),
    );
}

/**
 * An administrative document number (`163/QĐ-UBND`, `34-CT/TW`, `/KH-SNV` while unnumbered):
 * letters (Vietnamese included), digits, `/`, `-`, `.` and no spaces.
 */
export function documentNumber(max: number) {
  return z
    .string()
    .check(
      z.trim(),
      z.normalize('NFC'),
      z.minLength(1),
      z.maxLength(max),
      z.regex(/^[\p{L}\p{N}/.-]+$/u, { message: 'Số, ký hiệu văn bản không hợp lệ (ví dụ: 163/QĐ-UBND).' }),
    );
}

/** An email address: trimmed, NFC, at most `max` characters, then checked as an address. */
export function emailAddress(max: number) {
  return z.pipe(z.string().check(z.trim(), z.normalize('NFC'), z.maxLength(max)), z.email());
}
