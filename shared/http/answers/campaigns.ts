import * as z from 'zod/mini';
import type { Campaign as CampaignDetails } from '../../domain/forms';
import { TASK_RATINGS } from '../../domain/vocabulary';
import { instant, named, page } from './common';
import { storedAs, subject } from './vocabulary';

export const campaign = named(
  'Campaign',
  z.object({
    id: z.string(),
    organisationId: z.string(),
    year: z.int(),
    title: z.string(),
    /** The launch document as validated when written (`CampaignSchema`). */
    details: storedAs<CampaignDetails>('CampaignDetails'),
    status: z.enum(['draft', 'published']),
    publishedAt: z.optional(instant),
    publishedBy: z.optional(z.string()),
    version: z.int(),
    createdAt: instant,
    updatedAt: z.optional(instant),
  }),
);

export const campaignPage = page(campaign);

const measure = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percentage'), percent: z.number() }),
  z.object({ kind: z.literal('count'), min: z.int(), max: z.optional(z.int()) }),
]);

const stageCounts = z.object({ proposed: z.int(), approved: z.int(), awarded: z.int() });

export const targetReport = named(
  'TargetReport',
  z.object({
    campaignId: z.optional(z.string()),
    targetIndex: z.int(),
    unitId: z.string(),
    achieved: z.int(),
    population: z.optional(z.int()),
    note: z.optional(z.string()),
    evidence: z.object({ title: z.string(), fileRef: z.string() }),
    recordedAt: instant,
    recordedBy: z.optional(z.object({ userId: z.string(), name: z.optional(z.string()) })),
    version: z.optional(z.int()),
    updatedAt: z.optional(instant),
  }),
);

/** One target measured for one unit, or for the organisation (no `unitId`). */
export const targetRow = named(
  'TargetRow',
  z.object({
    unitId: z.optional(z.string()),
    unitName: z.optional(z.string()),
    population: z.int(),
    required: z.int(),
    maximum: z.optional(z.int()),
    achieved: stageCounts,
    met: z.boolean(),
    shortfall: z.int(),
    excess: z.int(),
    proposedMet: z.boolean(),
    proposedShortfall: z.int(),
    message: z.string(),
    report: z.optional(targetReport),
  }),
);

export const targetProgress = named(
  'TargetProgress',
  z.object({
    index: z.int(),
    metric: z.string(),
    subject,
    measure,
    awardCode: z.optional(z.string()),
    awardCodes: z.optional(z.array(z.string())),
    orHigher: z.optional(z.boolean()),
    measuredBy: z.enum(['nominations', 'unit_report']),
    minTaskRating: z.optional(z.enum(TASK_RATINGS)),
    population: z.enum(['persons', 'collectives']),
    basis: z.string(),
    organisation: targetRow,
    units: z.array(targetRow),
  }),
);

export const campaignProgress = z.object({
  campaignId: z.string(),
  organisationId: z.string(),
  title: z.string(),
  year: z.int(),
  view: z.enum(['organisation', 'unit']),
  units: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), persons: z.int(), collectives: z.int() }),
  ),
  targets: z.array(targetProgress),
  notes: z.array(z.string()),
});
