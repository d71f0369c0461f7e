import { describe, expect, it } from 'vitest';
import { CollectiveNomineeSchema, LIMITS, NomineeSchema, safeParseForm } from '../../../shared/domain/forms';
import { collectiveNominee, nfd } from './factories';

const issuesOf = (input: unknown) => {
  const result = safeParseForm(CollectiveNomineeSchema, input);
  return result.ok ? [] : result.error.issues;
};

describe('CollectiveNomineeSchema', () => {
  it('accepts a valid collective', () => {
    const input = collectiveNominee();

    const result = safeParseForm(CollectiveNomineeSchema, input);

    expect(result).toEqual({ ok: true, value: input });
  });

  it('normalises a decomposed collective name to NFC', () => {
    const result = safeParseForm(
      CollectiveNomineeSchema,
      collectiveNominee({ name: nfd('Phòng Cải cách hành chính') }),
    );

    expect(result.ok && result.value.name).toBe('Phòng Cải cách hành chính'.normalize('NFC'));
  });

  it('rejects more women than members', () => {
    expect(issuesOf(collectiveNominee({ memberCount: 5, femaleMemberCount: 6 }))).toEqual([
      {
        path: 'femaleMemberCount',
        code: 'exceeds_member_count',
        message: 'Số thành viên nữ không được lớn hơn tổng số thành viên.',
      },
    ]);
  });

  it('accepts a collective where every member is a woman', () => {
    expect(issuesOf(collectiveNominee({ memberCount: 5, femaleMemberCount: 5 }))).toEqual([]);
  });

  it('rejects an empty collective and a fractional member count', () => {
    expect(issuesOf(collectiveNominee({ memberCount: 0, femaleMemberCount: 0 }))).toEqual([
      { path: 'memberCount', code: 'too_small', message: 'Không được nhỏ hơn 1.' },
    ]);
    expect(issuesOf(collectiveNominee({ memberCount: 2.5 }))).toEqual([
      { path: 'memberCount', code: 'invalid_type', message: 'Phải là một số nguyên.' },
    ]);
  });

  it('rejects an over-long name', () => {
    expect(issuesOf(collectiveNominee({ name: 'P'.repeat(LIMITS.unitName + 1) }))[0]).toMatchObject({
      path: 'name',
      code: 'too_long',
    });
  });

  it('is told apart from a person by subject, and an unknown subject is named', () => {
    const result = safeParseForm(NomineeSchema, { ...collectiveNominee(), subject: 'group' });

    expect(result.ok ? [] : result.error.issues).toEqual([
      {
        path: 'subject',
        code: 'invalid_option',
        message: 'Giá trị không hợp lệ; chọn một trong: person, collective.',
      },
    ]);
  });
});
