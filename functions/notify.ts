import type { Context, DynamoDBBatchResponse } from 'aws-lambda';
import {
  campaigns,
  clock,
  councils,
  documents,
  nominations,
  organisations,
  ruleOverrides,
} from '../shared/adapters';
import { resumePendingDocuments } from '../shared/app/decisions/resume-pending-documents';
import { logger } from '../shared/http/observability';
import { processStreamBatch } from '../shared/mail/notifier';
import { parseNotifierEvent } from '../shared/mail/notifier-event';
import { type ReminderPorts, runReminders } from '../shared/mail/reminders/run-reminders';
import { type ReminderSchedule, reminderSchedule } from '../shared/mail/reminders/schedule';
import { mailRuntime } from '../shared/mail/runtime';
import { adapt, runtime } from '../shared/runtime';

const deps = mailRuntime();
const reminderPorts = adapt<ReminderPorts>({
  organisations,
  campaigns,
  councils,
  nominations,
  ruleOverrides,
});
const documentPorts = adapt({ documents, clock });
let schedule: ReminderSchedule | undefined;

/**
 * The one function that sends mail, on two triggers (`shared/mail/notifier-event.ts`):
 * - the table's stream (filtered by `NOTIFY_STREAM_FILTERS`): emails what each outbox record owes,
 *   exactly once per message, and reports only the failed records so the rest of the batch moves on;
 * - the reminder tick of EventBridge Scheduler: deadline and vote reminders, escalations, the
 *   stale-claim sweep, and the roll-forward of decisions a crash left pending.
 */
export const handler = async (
  event: unknown,
  context?: Context,
): Promise<DynamoDBBatchResponse | undefined> => {
  // The Lambda context (request id, function, cold start) on this invocation's log lines.
  if (context) logger.addContext(context);
  const parsed = parseNotifierEvent(event);
  if (parsed.kind === 'reminder-tick') {
    await remind();
    return undefined;
  }
  const outcome = await processStreamBatch(parsed.records, deps);
  for (const failure of outcome.failures) logger.error('notice not sent', { ...failure });
  logger.info('stream batch done', { records: parsed.records.length, sent: outcome.sent });
  return { batchItemFailures: outcome.batchItemFailures };
};

async function remind(): Promise<void> {
  // Read on the first tick, not at cold start: a malformed REMINDER_SCHEDULE fails the ticks
  // (retries, then the dead-letter queue and its alarm) and never holds up the stream.
  schedule ??= reminderSchedule(runtime().env.REMINDER_SCHEDULE);
  const outcome = await runReminders(reminderPorts, deps, { schedule });
  logger.info('reminders done', { ...outcome });
  // The failures are per message; the next tick retries them (their keys were not marked sent).
  if (outcome.failures.length > 0) logger.error('reminders not sent', { failures: outcome.failures });
  // Decisions a crash left half-written are finished (and so mailed) on the same tick.
  const documentsOutcome = await resumePendingDocuments(documentPorts);
  if (documentsOutcome.resumed.length > 0) logger.warn('pending documents finished', { ...documentsOutcome });
  if (documentsOutcome.failed.length > 0)
    logger.error('pending documents not finished', { ...documentsOutcome });
}
