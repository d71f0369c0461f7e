import * as z from 'zod/mini';
import { isoDate } from './date';
import { LIMITS } from './limits';
import { documentNumber, identifier, singleLineText } from './text';

export const INITIATIVE_KINDS = ['initiative', 'research'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** Reach of an initiative's effect, as recognised: Chiến sĩ thi đua cấp tỉnh needs `province`. */
export const INITIATIVE_REACHES = ['unit', 'department', 'province', 'national'] as const;
export type InitiativeReach = (typeof INITIATIVE_REACHES)[number];

/**
 * An initiative (sáng kiến) or research result the nomination relies on. An initiative counts
 * toward one award only, so the registry (`initiativeId`) is what the rules check against.
 */
export const InitiativeClaimSchema = z.strictObject({
  initiativeId: z.optional(identifier(LIMITS.id)),
  kind: z.enum(INITIATIVE_KINDS),
  title: singleLineText(LIMITS.title),
  /** The recognising decision, e.g. `25/QĐ-SNV`. */
  recognitionNumber: documentNumber(LIMITS.documentNumber),
  recognisedOn: isoDate,
  reach: z.enum(INITIATIVE_REACHES),
});

export type InitiativeClaim = z.output<typeof InitiativeClaimSchema>;
export type InitiativeClaimInput = z.input<typeof InitiativeClaimSchema>;
