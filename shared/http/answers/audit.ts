import * as z from 'zod/mini';
import { timelineEntry } from './nominations';

export const nominationTimeline = z.object({ nominationId: z.string(), events: z.array(timelineEntry) });

/** Whether a nomination's hash chain is whole, and anchored. */
export const auditVerification = z.object({
  nominationId: z.string(),
  valid: z.boolean(),
  eventCount: z.int(),
  message: z.string(),
  head: z.optional(z.object({ seq: z.int(), hash: z.string() })),
  anchoredThrough: z.optional(z.int()),
  brokenAt: z.optional(z.int()),
  reason: z.optional(z.string()),
});
