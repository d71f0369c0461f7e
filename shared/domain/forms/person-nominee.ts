import * as z from 'zod/mini';
import { TASK_RATINGS } from '../vocabulary';
import { isoDate } from './date';
import { LIMITS } from './limits';
import { emailAddress, identifier, singleLineText } from './text';

/** Recorded only to apply the tie-break that favours women; nothing else reads it. */
export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * An individual proposed for an award. Deliberately small (Luật BVDLCN 91/2025/QH15): no ID number,
 * no address, no photo, no phone. Which fields may appear on public lists is declared in
 * `personal-data.ts`; everything else stays inside the workflow.
 */
export const PersonNomineeSchema = z.strictObject({
  subject: z.literal('person'),
  /** The person's record (award history for prerequisite checks), when the system knows them. */
  personId: z.optional(identifier(LIMITS.id)),
  fullName: singleLineText(LIMITS.personName),
  /** Chức vụ; "Chuyên viên" for staff without a post. */
  position: singleLineText(LIMITS.position),
  unitId: z.optional(identifier(LIMITS.id)),
  /** The unit as printed on the decision's annex. */
  unitName: singleLineText(LIMITS.unitName),
  /** The seeds ask to favour staff without a leadership or management post. */
  holdsLeadershipPost: z.boolean(),
  /** Optional: absent means no preference is applied in a tie. */
  gender: z.optional(z.enum(GENDERS)),
  /** Optional: only awards whose criteria depend on age or length of service need it. */
  dateOfBirth: z.optional(isoDate),
  /** Start of employment: Lao động tiên tiến excludes staff recruited less than 6 months before. */
  employedSince: z.optional(isoDate),
  /** The year's task rating (xếp loại chất lượng), the main input of the annual titles. */
  taskRating: z.optional(z.enum(TASK_RATINGS)),
  /** Where the decision is emailed to the nominee; the unit officer is notified regardless. */
  email: z.optional(emailAddress(LIMITS.email)),
});

export type PersonNominee = z.output<typeof PersonNomineeSchema>;
export type PersonNomineeInput = z.input<typeof PersonNomineeSchema>;
