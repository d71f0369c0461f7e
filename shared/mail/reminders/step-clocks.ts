import type { AppPorts } from '../../app/ports';
import { ruleSetAt } from '../../app/rule-set';
import {
  STEP_STATES,
  type StepClock,
  stepClock,
  VN_CALENDAR,
  type WorkingCalendar,
} from '../../domain/calendar';
import { TIME_LIMIT_STEPS, type TimeLimitStep } from '../../domain/rules/types';
import type { Nomination } from '../../store';
import { allPages } from '../../store/all-pages';

export interface WaitingNomination {
  readonly nomination: Nomination;
  readonly clock: StepClock;
}

/**
 * The nominations of an organisation that are at a step with a time limit right now, each with
 * its step clock (working days used, pauses while returned, late or not) as of `at`.
 */
export async function waitingNominations(
  ports: Pick<AppPorts, 'nominations' | 'ruleOverrides'>,
  organisationId: string,
  at: string,
  calendar: WorkingCalendar = VN_CALENDAR,
): Promise<WaitingNomination[]> {
  const ruleSet = ruleSetAt(ports, at);
  const out: WaitingNomination[] = [];
  for (const step of TIME_LIMIT_STEPS) {
    const states = [...STEP_STATES[step].running, ...STEP_STATES[step].paused];
    for (const state of states) {
      const nominations = await allPages((page) =>
        ports.nominations.listByOrgAndState(organisationId, state, page),
      );
      for (const nomination of nominations) {
        const clock = await clockOf(
          ports,
          nomination,
          step,
          at,
          ruleSet.awards[nomination.awardCode]?.timeLimitsWorkingDays[step],
          calendar,
        );
        if (clock) out.push({ nomination, clock });
      }
    }
  }
  return out;
}

async function clockOf(
  ports: Pick<AppPorts, 'nominations'>,
  nomination: Nomination,
  step: TimeLimitStep,
  at: string,
  limit: number | undefined,
  calendar: WorkingCalendar,
): Promise<StepClock | undefined> {
  const events = await allPages((page) => ports.nominations.listAuditEvents(nomination.id, page));
  return stepClock(step, events, at, limit, calendar);
}
