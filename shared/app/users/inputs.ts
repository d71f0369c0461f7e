/** Bodies of the user-management routes (admins only): strict, normalised, length-limited. */
import * as z from 'zod';
import { LIMITS } from '../../domain/forms/limits';
import { identifier, singleLineText } from '../../domain/forms/text';
import { ROLES } from '../../domain/vocabulary';

const roles = z
  .array(z.enum(ROLES))
  .min(1)
  .max(ROLES.length)
  .refine((list) => new Set(list).size === list.length, { message: 'Mỗi vai trò chỉ được chọn một lần.' });

export const NewUserSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(LIMITS.email).pipe(z.email()),
  name: singleLineText(LIMITS.personName),
  roles,
  organisationId: identifier(LIMITS.id).optional(),
  unitId: identifier(LIMITS.id).optional(),
  /**
   * Absent: Cognito emails a temporary password. Present: set as given; `permanent: false` makes
   * the user choose a new one at the first sign-in.
   */
  password: z
    .strictObject({ value: z.string().min(8).max(128), permanent: z.boolean().default(false) })
    .optional(),
});
export type NewUserInput = z.output<typeof NewUserSchema>;

export const UserRolesSchema = z.strictObject({ roles });
export type UserRolesInput = z.output<typeof UserRolesSchema>;
