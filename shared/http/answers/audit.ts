import * as z from 'zod/mini';
import { page } from './common';
import { timelineEntry } from './nominations';
import { jsonRecord } from './vocabulary';

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

/** One entry of the system's activity (`GET /activity`). */
export const activityEntry = z.object({
  at: z.string(),
  kind: z.enum(['nomination', 'registry']),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  actor: z.object({ userId: z.string(), name: z.optional(z.string()), role: z.optional(z.string()) }),
  reason: z.optional(z.string()),
  from: z.optional(z.nullable(z.string())),
  to: z.optional(z.string()),
  details: z.optional(jsonRecord),
});

export const activityPage = page(activityEntry);
