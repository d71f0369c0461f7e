/** Bodies of the user-management routes (admins only): strict, normalised, length-limited. */
import * as z from 'zod/mini';
import { LIMITS } from '../../domain/forms/limits';
import { identifier, singleLineText } from '../../domain/forms/text';
import { ROLES } from '../../domain/vocabulary';

const roles = z.array(z.enum(ROLES)).check(
  z.minLength(1),
  z.maxLength(ROLES.length),
  z.refine((list) => new Set(list).size === list.length, { message: 'Mỗi vai trò chỉ được chọn một lần.' }),
);

export const NewUserSchema = z.strictObject({
  email: z.pipe(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(LIMITS.email)), z.email()),
  name: singleLineText(LIMITS.personName),
  roles,
  organisationId: z.optional(identifier(LIMITS.id)),
  unitId: z.optional(identifier(LIMITS.id)),
  /**
   * Absent: Cognito emails a temporary password. Present: set as given; `permanent: false` makes
   * the user choose a new one at the first sign-in.
   */
  password: z.optional(
    z.strictObject({
      value: z.string().check(z.minLength(8), z.maxLength(128)),
      permanent: z._default(z.boolean(), false),
    }),
  ),
});
export type NewUserInput = z.output<typeof NewUserSchema>;

export const UserRolesSchema = z.strictObject({ roles });
export type UserRolesInput = z.output<typeof UserRolesSchema>;
