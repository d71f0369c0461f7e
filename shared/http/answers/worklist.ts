import * as z from 'zod/mini';
import { TIME_LIMIT_STEPS } from '../../domain/rules/types';
import { WORK_KINDS } from '../../domain/workflow/work-kinds';
import { day, instant } from './common';
import { nominationState } from './nominations';
import { awardCode } from './vocabulary';

/** A step's working-day clock against its limit (the rule set's, for the award). */
export const workClock = z.object({
  step: z.enum(TIME_LIMIT_STEPS),
  status: z.enum(['running', 'paused', 'done']),
  usedWorkingDays: z.int(),
  limitWorkingDays: z.optional(z.int()),
  /** While running within the limit: the last working day it allows. */
  dueOn: z.optional(day),
  late: z.boolean(),
});

export const worklist = z.object({
  /** The Vietnam date the clocks were read on. */
  asOf: day,
  sections: z.array(
    z.object({
      kind: z.enum(WORK_KINDS),
      /** Every nomination of the kind; `items` shows the longest waiting. */
      count: z.int(),
      items: z.array(
        z.object({
          nominationId: z.string(),
          nomineeName: z.string(),
          awardCode,
          state: nominationState,
          stateLabel: z.string(),
          organisationId: z.string(),
          unitId: z.string(),
          updatedAt: instant,
          reason: z.optional(z.string()),
          clock: z.optional(workClock),
        }),
      ),
    }),
  ),
  meetings: z.array(
    z.object({
      meetingId: z.string(),
      level: z.enum(['department', 'province']),
      heldOn: day,
      name: z.optional(z.string()),
      /** Items on which this member has yet to vote (0 once all are voted or they are recused). */
      toVote: z.int(),
    }),
  ),
  deadlines: z.array(
    z.object({
      campaignId: z.string(),
      title: z.string(),
      nominationDeadline: day,
      workingDaysLeft: z.int(),
    }),
  ),
});
