/** Bodies and queries of the person routes. */
import * as z from 'zod/mini';
import { isoDate } from '../../domain/forms/date';
import { LIMITS } from '../../domain/forms/limits';
import { emailAddress, identifier, singleLineText } from '../../domain/forms/text';
import { notEmpty } from './contact-emails';

const personFields = {
  fullName: singleLineText(LIMITS.personName),
  position: z.optional(singleLineText(LIMITS.position)),
  gender: z.optional(z.enum(['female', 'male'])),
  holdsLeadershipPost: z.optional(z.boolean()),
  /** Started work (years of service count from it). */
  startedOn: z.optional(isoDate),
  email: z.optional(emailAddress(LIMITS.email)),
};

export const NewPersonSchema = z.strictObject(personFields);
export type NewPersonInput = z.output<typeof NewPersonSchema>;

export const PersonChangesSchema = z
  .strictObject({
    ...personFields,
    fullName: z.optional(personFields.fullName),
    /** A move to another unit of the same organisation (the admin's). */
    unitId: z.optional(identifier(LIMITS.id)),
    /** The day they left the organisation (retired, moved away); the record stays. */
    leftOn: z.optional(isoDate),
  })
  .check(notEmpty());
export type PersonChangesInput = z.output<typeof PersonChangesSchema>;

export const PersonSearchSchema = z.strictObject({
  /** At least two letters once diacritics and punctuation are set aside. */
  name: singleLineText(LIMITS.personName),
  organisationId: z.optional(identifier(LIMITS.id)),
  unitId: z.optional(identifier(LIMITS.id)),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(50))),
});
export type PersonSearchInput = z.output<typeof PersonSearchSchema>;
