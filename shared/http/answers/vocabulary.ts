import * as z from 'zod/mini';
import { AWARD_CODES, ROLES, SUBJECTS, TRACKS } from '../../domain/vocabulary';

// The vocabulary of answers and stored JSON, apart from `./common` so that an area whose answers
// use none of it (files) does not bundle it.

/** A JSON object whose keys the answer does not fix (recorded data, rule parameters). */
export const jsonRecord = z.record(z.string(), z.unknown());

export const awardCode = z.enum(AWARD_CODES);
export const subject = z.enum(SUBJECTS);
export const track = z.enum(TRACKS);
export const role = z.enum(ROLES);

/**
 * Stored JSON the store keeps opaque (a nomination's form, a campaign's details), by the name of
 * the schema it was validated by when written: the OpenAPI document shows that schema
 * (`STORED_SCHEMAS` in `../openapi.ts`). A name, not the schema, so that a function's bundle does
 * not carry the write schemas of answers it only passes through.
 */
export const storedDocs = new WeakMap<z.core.$ZodType, StoredSchemaName>();

export type StoredSchemaName = 'NominationForm' | 'CampaignDetails';

/**
 * Stored JSON that was validated by the schema named `docs` when written: any JSON object goes in
 * (the store keeps it opaque), and callers read it as `T`. Answers are not re-validated by the
 * write schema, whose refinements (dates against today, cross-field rules) hold when written.
 */
export function storedAs<T>(docs: StoredSchemaName) {
  const schema = z.pipe(
    jsonRecord,
    z.transform((value): T => value as T),
  );
  storedDocs.set(schema, docs);
  return schema;
}
