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

/**
 * Zero-width characters (space, joiners, word joiner, BOM) are refused in every text: Vietnamese
 * never needs them, and they make two names that look the same differ (a duplicate check, a name
 * search or a quota count would see two people), or hide text in a printed list.
 */
const isZeroWidth = (code: number): boolean =>
  (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;

/**
 * Whether a string is well-formed UTF-16 (no lone surrogate). In a `u` regex a proper pair is one
 * code point, so `\p{Surrogate}` matches only a surrogate standing alone.
 */
export const isWellFormedText = (value: string): boolean => !/\p{Surrogate}/u.test(value);

/** A UTF-16 surrogate on its own is not text: it cannot be stored, searched or printed. */
const isLoneSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

function hasForbiddenCharacter(value: string, allowLineBreaks: boolean): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (allowLineBreaks && (code === 0x0a || code === 0x09)) continue;
    if (isControl(code) || isInvisibleTrap(code) || isLoneSurrogate(code)) return true;
  }
  return false;
}

const hasZeroWidth = (value: string): boolean => {
  for (const char of value) if (isZeroWidth(char.codePointAt(0) ?? 0)) return true;
  return false;
};

const noZeroWidth = () =>
  z.refine<string>((value) => !hasZeroWidth(value), {
    message: 'Không được chứa ký tự ẩn (ký tự có độ rộng bằng 0, thường do sao chép từ nơi khác).',
    params: { code: 'zero_width_character' },
  });

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
    noZeroWidth(),
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
    noZeroWidth(),
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
