/**
 * The two triggers of the notifier (`functions/notify.ts`), told apart by the event's shape: a
 * batch of the table's stream (`Records`, each from `aws:dynamodb`), or the reminder tick that
 * EventBridge Scheduler sends (`REMINDER_TICK`, set as the schedule's input by `infra`).
 * Anything else is refused, so a misrouted event fails loudly instead of mailing.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import * as z from 'zod/mini';

/** The scheduler's payload: the one input of the notifier's schedule. */
export const REMINDER_TICK = { kind: 'reminder-tick' } as const;

const reminderTickSchema = z.strictObject({ kind: z.literal(REMINDER_TICK.kind) });

const streamBatchSchema = z.looseObject({
  Records: z.array(z.looseObject({ eventSource: z.literal('aws:dynamodb') })),
});

export type NotifierEvent =
  | { readonly kind: 'stream-batch'; readonly records: readonly DynamoDBRecord[] }
  | { readonly kind: 'reminder-tick' };

export function parseNotifierEvent(event: unknown): NotifierEvent {
  if (reminderTickSchema.safeParse(event).success) return { kind: 'reminder-tick' };
  // Validated for its shape only: the records are passed on as Lambda delivered them.
  if (streamBatchSchema.safeParse(event).success)
    return { kind: 'stream-batch', records: (event as { Records: DynamoDBRecord[] }).Records };
  throw new Error('unknown notifier event: neither a DynamoDB stream batch nor a reminder tick');
}
