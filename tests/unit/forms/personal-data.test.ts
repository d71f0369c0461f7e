import { describe, expect, it } from 'vitest';
import {
  COLLECTIVE_NOMINEE_VISIBILITY,
  CollectiveNomineeSchema,
  PERSON_NOMINEE_VISIBILITY,
  PersonNomineeSchema,
  parseForm,
  toPublicNominee,
} from '../../../shared/domain/forms';
import { collectiveNominee, personNominee } from './factories';

describe('personal data of nominees', () => {
  it('classifies every person field as public or private', () => {
    expect(Object.keys(PERSON_NOMINEE_VISIBILITY).sort()).toEqual(
      Object.keys(PersonNomineeSchema.shape).sort(),
    );
  });

  it('classifies every collective field as public or private', () => {
    expect(Object.keys(COLLECTIVE_NOMINEE_VISIBILITY).sort()).toEqual(
      Object.keys(CollectiveNomineeSchema.shape).sort(),
    );
  });

  it('shows only name, position and unit of a person on public lists', () => {
    const nominee = parseForm(
      PersonNomineeSchema,
      personNominee({ dateOfBirth: '1990-05-19', email: 'hoa@example.vn', personId: 'P1', unitId: 'U1' }),
    );

    const shown = toPublicNominee(nominee);

    expect(shown).toEqual({
      subject: 'person',
      fullName: 'Nguyễn Thị Hoa',
      position: 'Chuyên viên',
      unitName: 'Phòng Tổ chức – Hành chính',
    });
  });

  it('keeps the tie-break facts of a collective off public lists', () => {
    const nominee = parseForm(CollectiveNomineeSchema, collectiveNominee());

    expect(toPublicNominee(nominee)).toEqual({
      subject: 'collective',
      name: 'Phòng Công chức, viên chức',
      parentUnitName: 'Sở Nội vụ tỉnh Hà Tĩnh',
    });
  });
});
