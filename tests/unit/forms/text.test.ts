import { describe, expect, it } from 'vitest';
import { isRealIsoDate, multiLineText, safeParseForm, singleLineText } from '../../../shared/domain/forms';

describe('text fields', () => {
  it('unifies Windows line breaks in a paragraph and keeps tabs', () => {
    const result = safeParseForm(multiLineText(100), ' Dòng 1\r\n\tDòng 2\rDòng 3 ');

    expect(result).toEqual({ ok: true, value: 'Dòng 1\n\tDòng 2\nDòng 3' });
  });

  it('refuses a NUL character even in a paragraph', () => {
    const result = safeParseForm(multiLineText(100), 'a\u0000b');

    expect(result.ok ? undefined : result.error.issues[0]?.code).toBe('forbidden_character');
  });

  it.each([
    ['a zero-width space', 'Nguyễn\u200bVăn An'],
    ['a zero-width joiner', 'Nguyễn Văn\u200d An'],
    ['a zero-width non-joiner', 'Nguyễn Văn\u200c An'],
    ['a word joiner', 'Nguyễn\u2060 Văn An'],
    ['a byte-order mark inside (one at either end is trimmed away)', 'Nguyễn\ufeff Văn An'],
  ])('refuses %s in a name and in a paragraph, so two names cannot differ invisibly', (_what, value) => {
    const name = safeParseForm(singleLineText(100), value);
    const paragraph = safeParseForm(multiLineText(100), value);

    expect(name.ok ? undefined : name.error.issues[0]?.code).toBe('zero_width_character');
    expect(paragraph.ok ? undefined : paragraph.error.issues[0]?.code).toBe('zero_width_character');
  });

  it.each([
    ['a lone high surrogate', 'An\ud800'],
    ['a lone low surrogate', '\udc00An'],
    ['surrogates in the wrong order', 'A\udc00\ud800n'],
  ])('refuses %s, which is not text', (_what, value) => {
    const name = safeParseForm(singleLineText(100), value);
    const paragraph = safeParseForm(multiLineText(100), value);

    expect(name.ok ? undefined : name.error.issues[0]?.code).toBe('forbidden_character');
    expect(paragraph.ok ? undefined : paragraph.error.issues[0]?.code).toBe('forbidden_character');
  });

  it('keeps a character outside the BMP written as a proper surrogate pair', () => {
    expect(safeParseForm(multiLineText(100), 'Chữ 𠀧')).toEqual({ ok: true, value: 'Chữ 𠀧' });
  });

  it('refuses a string that is not text, in Vietnamese', () => {
    const result = safeParseForm(singleLineText(10), 42);

    expect(result.ok ? undefined : result.error.issues).toEqual([
      { path: '', code: 'invalid_type', message: 'Phải là một chuỗi ký tự.' },
    ]);
  });
});

describe('isRealIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-28', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['2025-01-01T00:00', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
  ])('says %s is a real date: %s', (value, expected) => {
    expect(isRealIsoDate(value)).toBe(expected);
  });
});
