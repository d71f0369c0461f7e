import { campaigns, councils, nominations, organisations, ruleOverrides } from '../shared/adapters';
import { logger } from '../shared/http/observability';
import type { ReminderPorts } from '../shared/mail/reminders/run-reminders';
import { runReminders } from '../shared/mail/reminders/run-reminders';
import { reminderSchedule } from '../shared/mail/reminders/schedule';
import { mailRuntime } from '../shared/mail/runtime';
import { adapt, runtime } from '../shared/runtime';

const { env } = runtime();
const ports = adapt<ReminderPorts>({ organisations, campaigns, councils, nominations, ruleOverrides });
const deps = mailRuntime();
// A malformed REMINDER_SCHEDULE fails the cold start, not a reminder run.
const schedule = reminderSchedule(env.REMINDER_SCHEDULE);

/** Scheduled each working morning: deadline and vote reminders, escalations, the stale-claim sweep. */
export const handler = async (): Promise<void> => {
  const outcome = await runReminders(ports, deps, { schedule });
  logger.info('reminders done', { ...outcome });
  // The failures are per message; the next tick retries them (their keys were not marked sent).
  if (outcome.failures.length > 0) logger.error('reminders not sent', { failures: outcome.failures });
};
