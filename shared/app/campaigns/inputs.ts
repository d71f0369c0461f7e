import * as z from 'zod';
import { CampaignSchema } from '../../domain/forms/campaign';
import { LIMITS } from '../../domain/forms/limits';
import { identifier } from '../../domain/forms/text';

/**
 * A campaign as its launch document sets it out (`CampaignSchema`: strict, NFC, limits, dates in
 * order). The organisation is the caller's, and the year is that of the first đợt: neither is sent.
 */
export const CampaignBodySchema = CampaignSchema;
export type CampaignBody = z.output<typeof CampaignBodySchema>;

export const CampaignListQuerySchema = z.strictObject({
  organisationId: identifier(LIMITS.id).optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  status: z.enum(['draft', 'published']).optional(),
  cursor: z.string().max(4096).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export type CampaignListQuery = z.output<typeof CampaignListQuerySchema>;
