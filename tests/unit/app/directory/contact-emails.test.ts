import { describe, expect, it } from 'vitest';
import {
  ContactEmailsSchema,
  OrganisationChangesSchema,
  UnitChangesSchema,
} from '../../../../shared/app/directory/inputs';
import { safeParseForm } from '../../../../shared/domain/forms';

describe('contact e-mails of organisations and units', () => {
  it('trims and lower-cases each address and drops repeats', () => {
    expect(
      ContactEmailsSchema.parse([
        ' Van.Phong@SNV.Example.VN ',
        'van.phong@snv.example.vn',
        'ThuKy@snv.example.vn',
      ]),
    ).toEqual(['van.phong@snv.example.vn', 'thuky@snv.example.vn']);
  });

  it('refuses an address with Vietnamese letters, composed (NFC) or not', () => {
    for (const address of ['hồng@snv.example.vn', 'hồng@snv.example.vn'.normalize('NFD')]) {
      const result = safeParseForm(ContactEmailsSchema, [address]);
      expect(result.ok, address).toBe(false);
    }
  });

  it('accepts an empty list (no notices to that inbox) and at most 10 addresses', () => {
    expect(ContactEmailsSchema.parse([])).toEqual([]);
    const eleven = Array.from({ length: 11 }, (_, i) => `hop${i}@snv.example.vn`);
    const result = safeParseForm(ContactEmailsSchema, eleven);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.message).toBe('Tối đa 10 địa chỉ thư điện tử.');
  });

  it('names each address that is not one, in Vietnamese', () => {
    const result = safeParseForm(UnitChangesSchema, {
      contactEmails: ['ok@snv.example.vn', 'khong-phai-thu'],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.issues).toEqual([
        expect.objectContaining({ path: 'contactEmails.1', message: 'Địa chỉ thư điện tử không hợp lệ.' }),
      ]);
  });

  it('lets a PATCH change the addresses alone, and still refuses an empty change', () => {
    expect(UnitChangesSchema.parse({ contactEmails: ['A@b.vn'] })).toEqual({ contactEmails: ['a@b.vn'] });
    expect(OrganisationChangesSchema.parse({ contactEmails: ['A@b.vn'] })).toEqual({
      contactEmails: ['a@b.vn'],
    });
    expect(safeParseForm(UnitChangesSchema, {}).ok).toBe(false);
    expect(safeParseForm(OrganisationChangesSchema, { contactEmail: ['a@b.vn'] }).ok).toBe(false);
  });
});
