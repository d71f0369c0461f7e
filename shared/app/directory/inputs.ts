/**
 * The bodies and queries of the directory routes: strict (an unknown field is a 400 naming it),
 * every text NFC-normalised and length-limited by the forms' builders.
 */
import * as z from 'zod';
import { isoDate, year } from '../../domain/forms/date';
import { LIMITS } from '../../domain/forms/limits';
import { documentNumber, identifier, singleLineText } from '../../domain/forms/text';
import { AWARD_CODES, TRACKS } from '../../domain/vocabulary';

/** An organisation's short code as used in document symbols (`SNV` in `12/QĐ-SNV`). */
const organisationCode = z
  .string()
  .trim()
  .normalize('NFC')
  .min(1)
  .max(20)
  .regex(/^[\p{Lu}\p{N}]+$/u, { message: 'Mã cơ quan chỉ gồm chữ in hoa và chữ số (ví dụ: SNV).' });

export const OrganisationLevelSchema = z.enum(['province', 'department']);

export const NewOrganisationSchema = z.strictObject({
  /** A readable id such as `org-snv`; generated when absent. */
  id: identifier(LIMITS.id).optional(),
  code: organisationCode,
  name: singleLineText(LIMITS.unitName),
  level: OrganisationLevelSchema.default('department'),
});
export type NewOrganisationInput = z.output<typeof NewOrganisationSchema>;

/** At most this many contact addresses on an organisation or a unit. */
export const MAX_CONTACT_EMAILS = 10;

/**
 * Where notices to an organisation or a unit go: valid addresses, NFC, lower-cased, without
 * duplicates; an empty list removes them all (notices then go nowhere and are marked skipped).
 */
export const ContactEmailsSchema = z
  .array(
    z
      .string({ error: 'Địa chỉ thư điện tử phải là chuỗi ký tự.' })
      .trim()
      .normalize('NFC')
      .toLowerCase()
      .max(LIMITS.email, { error: `Địa chỉ thư điện tử dài tối đa ${LIMITS.email} ký tự.` })
      .pipe(z.email({ error: 'Địa chỉ thư điện tử không hợp lệ.' })),
    { error: 'Danh sách địa chỉ thư điện tử không hợp lệ.' },
  )
  .max(MAX_CONTACT_EMAILS, { error: `Tối đa ${MAX_CONTACT_EMAILS} địa chỉ thư điện tử.` })
  .transform((addresses) => [...new Set(addresses)]);

export const OrganisationChangesSchema = z
  .strictObject({
    code: organisationCode.optional(),
    name: singleLineText(LIMITS.unitName).optional(),
    contactEmails: ContactEmailsSchema.optional(),
  })
  .refine((changes) => Object.keys(changes).length > 0, { message: 'Cần ít nhất một trường để cập nhật.' });
export type OrganisationChangesInput = z.output<typeof OrganisationChangesSchema>;

export const NewUnitSchema = z.strictObject({
  id: identifier(LIMITS.id).optional(),
  name: singleLineText(LIMITS.unitName),
});
export type NewUnitInput = z.output<typeof NewUnitSchema>;

export const UnitChangesSchema = z
  .strictObject({
    name: singleLineText(LIMITS.unitName).optional(),
    contactEmails: ContactEmailsSchema.optional(),
  })
  .refine((changes) => Object.keys(changes).length > 0, { message: 'Cần ít nhất một trường để cập nhật.' });
export type UnitChangesInput = z.output<typeof UnitChangesSchema>;

const personFields = {
  fullName: singleLineText(LIMITS.personName),
  position: singleLineText(LIMITS.position).optional(),
  gender: z.enum(['female', 'male']).optional(),
  holdsLeadershipPost: z.boolean().optional(),
};

export const NewPersonSchema = z.strictObject(personFields);
export type NewPersonInput = z.output<typeof NewPersonSchema>;

export const PersonChangesSchema = z
  .strictObject({ ...personFields, fullName: personFields.fullName.optional() })
  .refine((changes) => Object.keys(changes).length > 0, { message: 'Cần ít nhất một trường để cập nhật.' });
export type PersonChangesInput = z.output<typeof PersonChangesSchema>;

/** One award of a person's history, as the granting decision records it. */
export const AwardRecordSchema = z.strictObject({
  year,
  awardCode: z.enum(AWARD_CODES),
  track: z.enum(TRACKS),
  decisionNumber: documentNumber(LIMITS.documentNumber),
  /** The decision's date, `yyyy-mm-dd`. */
  decidedOn: isoDate,
});
export type AwardRecordInput = z.output<typeof AwardRecordSchema>;

/** `?cursor=…&limit=…` of every list. */
export const PageQuerySchema = z.strictObject({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export type PageQuery = z.output<typeof PageQuerySchema>;

export const PersonSearchSchema = z.strictObject({
  /** At least two letters once diacritics and punctuation are set aside. */
  name: singleLineText(LIMITS.personName),
  organisationId: identifier(LIMITS.id).optional(),
  unitId: identifier(LIMITS.id).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});
export type PersonSearchInput = z.output<typeof PersonSearchSchema>;
