/** Who may see nominations, the path of a nomination and the page query of its lists. */
import * as z from 'zod/mini';
import { LIMITS } from '../../domain/forms/limits';
import { identifier } from '../../domain/forms/text';
import type { Role } from '../../domain/vocabulary';

/** Everyone who may see some nomination (which ones is the use case's business). */
export const NOMINATION_VIEWERS: readonly Role[] = [
  'unit_officer',
  'council_secretary',
  'council_member',
  'director',
  'province_officer',
  'province_leader',
];

export const NominationIdParams = z.strictObject({ id: identifier(LIMITS.id) });

/** The organisation whose nominations a list is about (the public notice). */
export const OrganisationIdParams = z.strictObject({ organisationId: identifier(LIMITS.id) });

/** Actions without a body still refuse one that tries to set something (`state`, `version`…). */
export const NoBody = z.optional(z.strictObject({}));

export const PageQuery = {
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
};

/** Who reads decisions and tờ trình (and their signed copies): `./decisions.ts`, `./files.ts`. */
export const SO_AND_PROVINCE = [
  'council_secretary',
  'council_member',
  'director',
  'province_officer',
  'province_leader',
] as const;
