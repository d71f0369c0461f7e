/**
 * On-time / late counts per step for the secretariat: every nomination of the caller's
 * organisation for a year that reached a step with a time limit, with its step clock (working
 * days on the holiday calendar, paused while returned) as of today.
 */

import pMap from 'p-map';
import {
  type StepClock,
  type StepTimeliness,
  stepClock,
  timeliness,
  VN_CALENDAR,
  type WorkingCalendar,
} from '../../domain/calendar';
import { ForbiddenError } from '../../domain/errors';
import { resolveRuleSet } from '../../domain/rules';
import { TIME_LIMIT_STEPS, type TimeLimitStep } from '../../domain/rules/types';
import { vietnamDate, vietnamYearStart } from '../../domain/workflow/guards';
import { NOMINATION_STATES } from '../../domain/workflow/states';
import type { NominationHead } from '../../store';
import { allPages } from '../../store/all-pages';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';

/** A nomination still at a step beyond the step's limit: what escalation is about. */
export interface OverdueNomination {
  readonly nominationId: string;
  readonly nomineeName: string;
  readonly awardCode: string;
  readonly step: TimeLimitStep;
  readonly startedOn: string;
  readonly usedWorkingDays: number;
  readonly limitWorkingDays: number;
}

export interface TimelinessReport {
  readonly organisationId: string;
  readonly year: number;
  /** The Vietnam date the clocks were read on. */
  readonly asOf: string;
  /** Every step with a time limit, zeros included. */
  readonly steps: readonly StepTimeliness[];
  readonly overdue: readonly OverdueNomination[];
}

/**
 * States a nomination is counted in: every state after submission. A draft never reached a step;
 * a withdrawn nomination left the process, so how long its step took says nothing of the
 * secretariat's timeliness.
 */
const COUNTED_STATES = NOMINATION_STATES.filter((s) => s !== 'draft' && s !== 'withdrawn');

/**
 * Audit trails read at once, at most: a year of a Sở is hundreds of nominations, and a function's
 * DynamoDB client holds 50 connections (the SDK's default), shared with the state queries.
 */
const TRAILS_AT_ONCE = 16;

export function makeGetTimelinessReport(
  ports: Pick<AppPorts, 'nominations' | 'clock' | 'ruleOverrides'>,
  calendar: WorkingCalendar = VN_CALENDAR,
) {
  return async (
    principal: Principal,
    query: { readonly year?: number | undefined },
  ): Promise<TimelinessReport> => {
    const organisationId = principal.orgId;
    if (!organisationId) {
      throw new ForbiddenError('NO_ORGANISATION', 'Tài khoản của bạn chưa được gắn với cơ quan nào.');
    }
    const at = ports.clock.now().toISOString();
    const asOf = vietnamDate(at);
    const year = query.year ?? Number(asOf.slice(0, 4));
    const ruleSet = resolveRuleSet(asOf, ports.ruleOverrides);
    // A nomination of year Y is first written in Y: the bound skips older years' items unread.
    const range = { updatedFrom: vietnamYearStart(year) };
    // One query per state, side by side: the report waits for the slowest, not for their sum.
    const byState = await Promise.all(
      COUNTED_STATES.map((state) =>
        allPages((page) => ports.nominations.listHeadsByOrgAndState(organisationId, state, page, range)),
      ),
    );
    const nominations: NominationHead[] = byState.flat().filter((n) => n.year === year);
    const clocks = (
      await pMap(
        nominations,
        async (nomination) => {
          const limits = ruleSet.awards[nomination.awardCode]?.timeLimitsWorkingDays ?? {};
          if (TIME_LIMIT_STEPS.every((step) => limits[step] === undefined)) return [];
          const events = await allPages((page) => ports.nominations.listAuditEvents(nomination.id, page));
          return TIME_LIMIT_STEPS.map((step) => ({
            nomination,
            clock: stepClock(step, events, at, limits[step], calendar),
          }));
        },
        { concurrency: TRAILS_AT_ONCE },
      )
    ).flat();
    const counted = timeliness(clocks.map((c) => c.clock));
    const steps = TIME_LIMIT_STEPS.map(
      (step) => counted.find((c) => c.step === step) ?? { step, onTime: 0, late: 0, pending: 0, overdue: 0 },
    );
    const overdue = clocks
      .filter(
        (c): c is { nomination: NominationHead; clock: StepClock & { limitWorkingDays: number } } =>
          c.clock !== undefined &&
          c.clock.status !== 'done' &&
          c.clock.late &&
          c.clock.limitWorkingDays !== undefined,
      )
      .map(({ nomination, clock }) => ({
        nominationId: nomination.id,
        nomineeName: nomination.nominee.name,
        awardCode: nomination.awardCode,
        step: clock.step,
        startedOn: clock.startedOn,
        usedWorkingDays: clock.usedWorkingDays,
        limitWorkingDays: clock.limitWorkingDays,
      }));
    return { organisationId, year, asOf, steps, overdue };
  };
}
