/** Bodies of the organisation routes. */
import * as z from 'zod/mini';
import { LIMITS } from '../../domain/forms/limits';
import { identifier, singleLineText } from '../../domain/forms/text';
import { ContactEmailsSchema, notEmpty } from './contact-emails';

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

export const OrganisationChangesSchema = z
  .strictObject({
    code: z.optional(organisationCode),
    name: z.optional(singleLineText(LIMITS.unitName)),
    contactEmails: z.optional(ContactEmailsSchema),
  })
  .check(notEmpty());
export type OrganisationChangesInput = z.output<typeof OrganisationChangesSchema>;
