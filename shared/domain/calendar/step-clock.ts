/**
 * How long a nomination has waited at each step that has a time limit, in working days, and
 * whether it is late. The clock of a step starts when the dossier reaches it, pauses while the
 * dossier is back with the sender (returned), and stops when the step decides. Pure: it reads the
 * nomination's audit events (`from`, `to`, `at`) and nothing else.
 */
import type { TimeLimitStep } from '../rules/types';
import { vietnamDate } from '../workflow/guards';
import type { NominationState } from '../workflow/states';
import {
  addWorkingDays,
  type RunningInterval,
  VN_CALENDAR,
  type WorkingCalendar,
  workingDaysUsed,
} from './working-days';

interface StepStates {
  /** The clock runs while the nomination is in one of these. */
  readonly running: readonly NominationState[];
  /** The clock waits: the dossier is back with whoever sent it. */
  readonly paused: readonly NominationState[];
}

/** Which states belong to which step; any other state after the step started ends it. */
export const STEP_STATES: Readonly<Record<TimeLimitStep, StepStates>> = {
  department_review: {
    running: ['submitted', 'accepted', 'in_council', 'council_passed'],
    paused: ['returned'],
  },
  province_review: {
    running: ['forwarded', 'province_review', 'in_province_council', 'province_approved'],
    paused: ['province_returned'],
  },
};

export interface StateChange {
  readonly at: string;
  readonly from: string | null;
  readonly to: string;
}

export type StepStatus = 'running' | 'paused' | 'done';

export interface StepClock {
  readonly step: TimeLimitStep;
  readonly status: StepStatus;
  readonly startedOn: string;
  readonly endedOn?: string;
  readonly intervals: readonly RunningInterval[];
  /** Working days the step has used so far (or used in all, when done). */
  readonly usedWorkingDays: number;
  readonly limitWorkingDays?: number;
  /** While running: the last working day within the limit, pauses accounted for. */
  readonly dueOn?: string;
  /** Used more working days than the limit allows. */
  readonly late: boolean;
}

/**
 * The clock of `step` from a nomination's state changes (oldest first), as of `asOf` (an ISO
 * instant); `undefined` when the nomination never reached the step.
 */
export function stepClock(
  step: TimeLimitStep,
  changes: readonly StateChange[],
  asOf: string,
  limitWorkingDays?: number,
  calendar: WorkingCalendar = VN_CALENDAR,
): StepClock | undefined {
  const { running, paused } = STEP_STATES[step];
  const isRunning = (s: string) => (running as readonly string[]).includes(s);
  const isPaused = (s: string) => (paused as readonly string[]).includes(s);
  const intervals: { from: string; to?: string }[] = [];
  let status: StepStatus | undefined;
  let startedOn: string | undefined;
  let endedOn: string | undefined;
  for (const change of changes) {
    // An event without a readable time cannot move a clock; it is skipped, not fatal.
    if (typeof change.at !== 'string' || Number.isNaN(Date.parse(change.at))) continue;
    const on = vietnamDate(change.at);
    const open = intervals.at(-1);
    if (isRunning(change.to)) {
      if (status === 'done') continue;
      if (status !== 'running') intervals.push({ from: on });
      startedOn ??= on;
      status = 'running';
    } else if (status === 'running' || status === 'paused') {
      if (status === 'running' && open) open.to = on;
      if (isPaused(change.to)) status = 'paused';
      else {
        status = 'done';
        endedOn = on;
      }
    }
  }
  if (status === undefined || startedOn === undefined) return undefined;
  const today = vietnamDate(asOf);
  const used = workingDaysUsed(intervals, today, calendar);
  const late = limitWorkingDays !== undefined && used > limitWorkingDays;
  const dueOn =
    status === 'running' && limitWorkingDays !== undefined && !late
      ? addWorkingDays(today, limitWorkingDays - used, calendar)
      : undefined;
  return {
    step,
    status,
    startedOn,
    ...(endedOn ? { endedOn } : {}),
    intervals,
    usedWorkingDays: used,
    ...(limitWorkingDays !== undefined ? { limitWorkingDays } : {}),
    ...(dueOn ? { dueOn } : {}),
    late,
  };
}

export interface StepTimeliness {
  readonly step: TimeLimitStep;
  /** Finished within the limit. */
  readonly onTime: number;
  /** Finished after the limit. */
  readonly late: number;
  /** Still at the step (running or paused), within the limit. */
  readonly pending: number;
  /** Still at the step and already beyond the limit: what escalation is about. */
  readonly overdue: number;
}

/** On-time and late counts per step, for the secretariat; steps without a limit are skipped. */
export function timeliness(clocks: readonly (StepClock | undefined)[]): StepTimeliness[] {
  const byStep = new Map<TimeLimitStep, { onTime: number; late: number; pending: number; overdue: number }>();
  for (const clock of clocks) {
    if (clock?.limitWorkingDays === undefined) continue;
    const counts = byStep.get(clock.step) ?? { onTime: 0, late: 0, pending: 0, overdue: 0 };
    if (clock.status === 'done') counts[clock.late ? 'late' : 'onTime']++;
    else counts[clock.late ? 'overdue' : 'pending']++;
    byStep.set(clock.step, counts);
  }
  return [...byStep].map(([step, counts]) => ({ step, ...counts }));
}
