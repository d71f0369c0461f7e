import * as z from 'zod/mini';
import { day, instant, named } from './common';
import { awardCode } from './vocabulary';

export const timelinessReport = z.object({
  organisationId: z.string(),
  year: z.int(),
  /** The Vietnam date the clocks were read on. */
  asOf: day,
  steps: z.array(
    z.object({
      step: z.string(),
      onTime: z.int(),
      late: z.int(),
      pending: z.int(),
      overdue: z.int(),
    }),
  ),
  overdue: z.array(
    z.object({
      nominationId: z.string(),
      nomineeName: z.string(),
      awardCode: z.string(),
      step: z.string(),
      startedOn: day,
      usedWorkingDays: z.int(),
      limitWorkingDays: z.int(),
    }),
  ),
});

export const suppressedAddresses = z.object({
  items: z.array(
    z.object({
      address: z.string(),
      reason: z.enum(['bounce', 'complaint']),
      at: instant,
      detail: z.optional(z.string()),
      /** Where the organisation's directory holds the address: `organisation`, `unit:<id>`, `council`. */
      usedBy: z.array(z.string()),
    }),
  ),
});

export const quotaUse = z.object({
  awardCode,
  year: z.int(),
  ruleId: z.string(),
  citation: z.string(),
  baseAward: awardCode,
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      baseCount: z.int(),
      /** `null` where the rule sets no cap for the unit. */
      allowed: z.nullable(z.int()),
      used: z.int(),
      candidates: z.array(
        z.object({
          nominationId: z.string(),
          nomineeName: z.string(),
          rank: z.int(),
          reasons: z.array(z.string()),
          withinCap: z.boolean(),
        }),
      ),
    }),
  ),
});

/** An address mailed again: which, and when the change was logged. */
export const liftedSuppression = z.object({ address: z.string(), liftedAt: instant });

/** Nominations counted by stage (`statisticsStage`), and their total. */
export const stageCounts = named(
  'StageCounts',
  z.object({
    sent: z.int(),
    proposed: z.int(),
    approved: z.int(),
    awarded: z.int(),
    not_passed: z.int(),
    withdrawn: z.int(),
    revoked: z.int(),
    total: z.int(),
  }),
);

export const statistics = z.object({
  year: z.int(),
  asOf: day,
  scope: z.enum(['organisation', 'province']),
  totals: stageCounts,
  byAward: z.array(z.object({ awardCode, counts: stageCounts })),
  byOrganisation: z.array(z.object({ organisationId: z.string(), name: z.string(), counts: stageCounts })),
});

/** One statistical form of Thông tư 02/2023/TT-BNV, laid out as the circular prints it. */
const sectorForm = named(
  'SectorForm',
  z.object({
    id: z.enum(['0601.N', '0602.N', '0603.N']),
    number: z.string(),
    title: z.string(),
    countUnit: z.optional(z.string()),
    hasUnitColumn: z.boolean(),
    columnsTitle: z.string(),
    columns: z.array(z.object({ path: z.array(z.string()) })),
    rows: z.array(
      z.object({
        code: z.optional(z.string()),
        label: z.string(),
        unit: z.optional(z.string()),
        heading: z.optional(z.boolean()),
        values: z.optional(z.array(z.int())),
      }),
    ),
  }),
);

export const sectorForms = z.object({
  reportingUnit: z.string(),
  scope: z.enum(['organisation', 'province']),
  from: day,
  to: day,
  asOf: day,
  counted: z.object({ awards: z.int(), campaigns: z.int() }),
  forms: z.array(sectorForm),
});
