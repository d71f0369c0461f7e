/** Bodies of the unit routes. */
import * as z from 'zod/mini';
import { LIMITS } from '../../domain/forms/limits';
import { identifier, singleLineText } from '../../domain/forms/text';
import { ContactEmailsSchema, notEmpty } from './contact-emails';

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
