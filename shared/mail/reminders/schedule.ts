/**
 * The reminder schedule: when units are reminded of a campaign's deadline, whether council
 * members are reminded of votes they owe, and who hears of a dossier past its step's time limit.
 * Configuration with defaults: the notifier's reminder tick reads `REMINDER_SCHEDULE` (JSON, any
 * subset of the fields below) and falls back to `DEFAULT_REMINDER_SCHEDULE` for the rest. The time
 * limits themselves are rules (`timeLimitsWorkingDays` of each award, overridable per province).
 */
import * as z from 'zod/mini';
import { TIME_LIMIT_STEPS, type TimeLimitStep } from '../../domain/rules/types';

/**
 * Who hears of an overdue dossier: the organisation's secretariat (its `contactEmails`), its
 * director (the e-mail on the council's `chair` seat: the Giám đốc Sở chairs the council), the
 * province's TĐKT officers (the `contactEmails` of the province-level organisations).
 */
export const ESCALATION_RECIPIENTS = ['secretariat', 'director', 'province_officers'] as const;
export type EscalationRecipient = (typeof ESCALATION_RECIPIENTS)[number];

export interface ReminderSchedule {
  /** Working days before a campaign's nomination deadline on which its units are reminded, largest first. */
  readonly deadlineReminderDays: readonly number[];
  /** Remind present members who have not voted on a meeting opened before today (once a working day). */
  readonly meetingVoteReminders: boolean;
  /** Who is told, per step, when a dossier waits beyond the step's time limit. */
  readonly escalation: Readonly<Record<TimeLimitStep, readonly EscalationRecipient[]>>;
}

export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  deadlineReminderDays: [5, 1],
  meetingVoteReminders: true,
  escalation: {
    department_review: ['secretariat', 'director'],
    province_review: ['province_officers'],
  },
};

const recipients = z.pipe(
  z
    .array(
      z.enum(ESCALATION_RECIPIENTS, {
        error: 'Người nhận phải là "secretariat", "director" hoặc "province_officers".',
      }),
    )
    .check(z.minLength(1, { error: 'Cần ít nhất một người nhận.' })),
  z.transform((list: EscalationRecipient[]) => [...new Set(list)]),
);

/** A partial schedule as configured; what is absent keeps its default. */
export const ReminderScheduleSchema = z.strictObject({
  deadlineReminderDays: z.optional(
    z.pipe(
      z
        .array(z.int({ error: 'Số ngày làm việc phải là số nguyên.' }).check(z.gte(0), z.lte(60)))
        .check(z.maxLength(10, { error: 'Tối đa 10 lần nhắc trước hạn.' })),
      z.transform((days: number[]) => [...new Set(days)].sort((a, b) => b - a)),
    ),
  ),
  meetingVoteReminders: z.optional(z.boolean()),
  escalation: z.optional(
    z.partialRecord(z.enum(TIME_LIMIT_STEPS, { error: 'Bước xử lý không hợp lệ.' }), recipients),
  ),
});

/** The schedule from its configured form (an object, a JSON string, or nothing: the defaults). */
export function reminderSchedule(configured?: unknown): ReminderSchedule {
  if (configured === undefined || configured === '') return DEFAULT_REMINDER_SCHEDULE;
  let input = configured;
  if (typeof configured === 'string') {
    try {
      input = JSON.parse(configured);
    } catch {
      throw new Error('invalid reminder schedule: REMINDER_SCHEDULE is not JSON');
    }
  }
  const parsed = ReminderScheduleSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid reminder schedule: ${problems.join('; ')}`);
  }
  const { deadlineReminderDays, meetingVoteReminders, escalation } = parsed.data;
  return {
    deadlineReminderDays: deadlineReminderDays ?? DEFAULT_REMINDER_SCHEDULE.deadlineReminderDays,
    meetingVoteReminders: meetingVoteReminders ?? DEFAULT_REMINDER_SCHEDULE.meetingVoteReminders,
    escalation: { ...DEFAULT_REMINDER_SCHEDULE.escalation, ...escalation },
  };
}
