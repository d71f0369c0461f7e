import * as z from 'zod/mini';
import { CampaignSchema } from '../../domain/forms/campaign';
import { YEAR_MAX, YEAR_MIN } from '../../domain/forms/date';
import { LIMITS } from '../../domain/forms/limits';
import { identifier } from '../../domain/forms/text';

/**
 * A campaign as its launch document sets it out (`CampaignSchema`: strict, NFC, limits, dates in
 * order). The organisation is the caller's, and the year is that of the first đợt: neither is sent.
 */
export const CampaignBodySchema = CampaignSchema;
export type CampaignBody = z.output<typeof CampaignBodySchema>;

export const CampaignListQuerySchema = z.strictObject({
  organisationId: z.optional(identifier(LIMITS.id)),
  year: z.optional(z.coerce.number().check(z.int(), z.gte(YEAR_MIN), z.lte(YEAR_MAX))),
  status: z.optional(z.enum(['draft', 'published'])),
  cursor: z.optional(z.string().check(z.maxLength(4096))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
});
export type CampaignListQuery = z.output<typeof CampaignListQuerySchema>;
