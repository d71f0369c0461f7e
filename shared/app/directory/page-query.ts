/** The page query of every directory list. */
import * as z from 'zod/mini';
/** `?cursor=…&limit=…` of every list. */
export const PageQuerySchema = z.strictObject({
  cursor: z.optional(z.string().check(z.maxLength(2048))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
});
export type PageQuery = z.output<typeof PageQuerySchema>;
