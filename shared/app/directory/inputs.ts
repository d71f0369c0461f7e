/**
 * The bodies and queries of the directory routes: strict (an unknown field is a 400 naming it),
 * every text NFC-normalised and length-limited by the forms' builders.
 */
import * as z from 'zod/mini';
import { isoDate, year } from '../../domain/forms/date';
import { LIMITS } from '../../domain/forms/limits';
import { documentNumber, identifier, singleLineText } from '../../domain/forms/text';
import { AWARD_CODES, TRACKS } from '../../domain/vocabulary';

/** An organisation's short code as used in document symbols (`SNV` in `12/QĐ-SNV`). */
const organisationCode = z
  .string()
  .check(
    z.trim(),
    z.normalize('NFC'),
    z.minLength(1),
    z.maxLength(20),
    z.regex(/^[\p{Lu}\p{N}]+$/u, { message: 'Mã cơ quan chỉ gồm chữ in hoa và chữ số (ví dụ: SNV).' }),
  );

export const OrganisationLevelSchema = z.enum(['province', 'department']);

export const NewOrganisationSchema = z.strictObject({
  /** A readable id such as `org-snv`; generated when absent. */
  id: z.optional(identifier(LIMITS.id)),
  code: organisationCode,
  name: singleLineText(LIMITS.unitName),
  level: z._default(OrganisationLevelSchema, 'department'),
});
export type NewOrganisationInput = z.output<typeof NewOrganisationSchema>;

/** At most this many contact addresses on an organisation or a unit. */
export const MAX_CONTACT_EMAILS = 10;

/**
 * Where notices to an organisation or a unit go: valid addresses, NFC, lower-cased, without
 * duplicates; an empty list removes them all (notices then go nowhere and are marked skipped).
 */
export const ContactEmailsSchema = z.pipe(
  z
    .array(
      z.pipe(
        z
          .string({ error: 'Địa chỉ thư điện tử phải là chuỗi ký tự.' })
          .check(
            z.trim(),
            z.normalize('NFC'),
            z.toLowerCase(),
            z.maxLength(LIMITS.email, { error: `Địa chỉ thư điện tử dài tối đa ${LIMITS.email} ký tự.` }),
          ),
        z.email({ error: 'Địa chỉ thư điện tử không hợp lệ.' }),
      ),
      { error: 'Danh sách địa chỉ thư điện tử không hợp lệ.' },
    )
    .check(z.maxLength(MAX_CONTACT_EMAILS, { error: `Tối đa ${MAX_CONTACT_EMAILS} địa chỉ thư điện tử.` })),
  z.transform((addresses: string[]) => [...new Set(addresses)]),
);

/** An update must change something: an empty body is refused, not answered with a no-op. */
/* @__NO_SIDE_EFFECTS__ */
const notEmpty = <T extends object>() =>
  z.refine<T>((changes) => Object.keys(changes).length > 0, {
    message: 'Cần ít nhất một trường để cập nhật.',
  });

export const OrganisationChangesSchema = z
  .strictObject({
    code: z.optional(organisationCode),
    name: z.optional(singleLineText(LIMITS.unitName)),
    contactEmails: z.optional(ContactEmailsSchema),
  })
  .check(notEmpty());
export type OrganisationChangesInput = z.output<typeof OrganisationChangesSchema>;

export const NewUnitSchema = z.strictObject({
  id: z.optional(identifier(LIMITS.id)),
  name: singleLineText(LIMITS.unitName),
});
export type NewUnitInput = z.output<typeof NewUnitSchema>;

export const UnitChangesSchema = z
  .strictObject({
    name: z.optional(singleLineText(LIMITS.unitName)),
    contactEmails: z.optional(ContactEmailsSchema),
  })
  .check(notEmpty());
export type UnitChangesInput = z.output<typeof UnitChangesSchema>;

const personFields = {
  fullName: singleLineText(LIMITS.personName),
  position: z.optional(singleLineText(LIMITS.position)),
  gender: z.optional(z.enum(['female', 'male'])),
  holdsLeadershipPost: z.optional(z.boolean()),
};

export const NewPersonSchema = z.strictObject(personFields);
export type NewPersonInput = z.output<typeof NewPersonSchema>;

export const PersonChangesSchema = z
  .strictObject({ ...personFields, fullName: z.optional(personFields.fullName) })
  .check(notEmpty());
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
  cursor: z.optional(z.string().check(z.maxLength(2048))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
});
export type PageQuery = z.output<typeof PageQuerySchema>;

export const PersonSearchSchema = z.strictObject({
  /** At least two letters once diacritics and punctuation are set aside. */
  name: singleLineText(LIMITS.personName),
  organisationId: z.optional(identifier(LIMITS.id)),
  unitId: z.optional(identifier(LIMITS.id)),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(50))),
});
export type PersonSearchInput = z.output<typeof PersonSearchSchema>;
