import { describe, expect, it } from 'vitest';
import { LIMITS, PersonNomineeSchema, safeParseForm } from '../../../shared/domain/forms';
import { nfd, personNominee } from './factories';

const issuesOf = (input: unknown) => {
  const result = safeParseForm(PersonNomineeSchema, input);
  return result.ok ? [] : result.error.issues;
};

describe('PersonNomineeSchema', () => {
  it('accepts a valid person and returns the same fields', () => {
    // Arrange
    const input = personNominee({ dateOfBirth: '1990-05-19', email: 'hoa.nt@snv.hatinh.gov.vn' });
    // Act
    const result = safeParseForm(PersonNomineeSchema, input);
    // Assert
    expect(result).toEqual({ ok: true, value: input });
  });

  it('records the tie-break preferences: gender and whether the person holds a leadership post', () => {
    const result = safeParseForm(
      PersonNomineeSchema,
      personNominee({ gender: 'female', holdsLeadershipPost: true }),
    );

    expect(result.ok && result.value).toMatchObject({ gender: 'female', holdsLeadershipPost: true });
  });

  it('requires holdsLeadershipPost, in Vietnamese', () => {
    const { holdsLeadershipPost: _omitted, ...input } = personNominee();

    expect(issuesOf(input)).toEqual([
      { path: 'holdsLeadershipPost', code: 'required', message: 'Trường này là bắt buộc.' },
    ]);
  });

  it('turns a decomposed (NFD) name into NFC and trims it', () => {
    const typed = `  ${nfd('Nguyễn Thị Hoa')} `;
    expect(typed).not.toBe('Nguyễn Thị Hoa');

    const result = safeParseForm(
      PersonNomineeSchema,
      personNominee({ fullName: typed, position: nfd('Phó Trưởng phòng') }),
    );

    expect(result.ok && result.value.fullName).toBe('Nguyễn Thị Hoa');
    expect(result.ok && result.value.position).toBe('Phó Trưởng phòng'.normalize('NFC'));
  });

  it('measures the length limit after normalisation, so a decomposed name at the limit passes', () => {
    const atLimit = 'ễ'.repeat(LIMITS.personName);
    expect(nfd(atLimit).length).toBeGreaterThan(LIMITS.personName);

    expect(issuesOf(personNominee({ fullName: nfd(atLimit) }))).toEqual([]);
  });

  it('rejects a name one character over the limit', () => {
    expect(issuesOf(personNominee({ fullName: 'a'.repeat(LIMITS.personName + 1) }))).toEqual([
      { path: 'fullName', code: 'too_long', message: `Tối đa ${LIMITS.personName} ký tự.` },
    ]);
  });

  it('rejects a blank name after trimming', () => {
    expect(issuesOf(personNominee({ fullName: '   ' }))).toEqual([
      { path: 'fullName', code: 'required', message: 'Không được để trống.' },
    ]);
  });

  it('rejects a line break or control character inside a one-line field', () => {
    expect(issuesOf(personNominee({ fullName: 'Nguyễn\nThị Hoa' }))[0]).toMatchObject({
      path: 'fullName',
      code: 'forbidden_character',
    });
    expect(issuesOf(personNominee({ position: 'Chuyên\u202Eviên' }))[0]?.code).toBe('forbidden_character');
  });

  it('rejects an impossible date of birth such as 2025-02-30', () => {
    expect(issuesOf(personNominee({ dateOfBirth: '2025-02-30' }))).toEqual([
      { path: 'dateOfBirth', code: 'invalid_date', message: 'Ngày không tồn tại.' },
    ]);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(issuesOf(personNominee({ dateOfBirth: '2024-02-29' }))).toEqual([]);
    expect(issuesOf(personNominee({ dateOfBirth: '2023-02-29' }))[0]?.code).toBe('invalid_date');
  });

  it('rejects a date written dd/mm/yyyy and says which format to use', () => {
    expect(issuesOf(personNominee({ employedSince: '19/05/1990' }))).toEqual([
      { path: 'employedSince', code: 'invalid_date', message: 'Ngày phải có dạng yyyy-mm-dd.' },
    ]);
  });

  it.each(['version', 'state', 'idNumber'])('rejects the unknown key %s and names it', (key) => {
    expect(issuesOf({ ...personNominee(), [key]: 'x' })).toEqual([
      { path: key, code: 'unknown_field', message: `Trường không được phép: ${key}.` },
    ]);
  });

  it('rejects a gender outside the list and lists the allowed values', () => {
    expect(issuesOf(personNominee({ gender: 'x' as never }))).toEqual([
      {
        path: 'gender',
        code: 'invalid_option',
        message: 'Giá trị không hợp lệ; chọn một trong: female, male.',
      },
    ]);
  });

  it('trims an email address', () => {
    const result = safeParseForm(PersonNomineeSchema, personNominee({ email: ' hoa@example.vn ' }));

    expect(result.ok && result.value.email).toBe('hoa@example.vn');
  });

  it('rejects a malformed email', () => {
    expect(issuesOf(personNominee({ email: 'not-an-email' }))).toEqual([
      { path: 'email', code: 'invalid_format', message: 'Địa chỉ email không hợp lệ.' },
    ]);
  });
});
