import type { FunctionAccess } from './access';

/**
 * A DynamoDB stream filter pattern (Lambda event filtering syntax), matched against each stream
 * record: e.g. `{ eventName: ['INSERT'], dynamodb: { NewImage: { SK: { S: [{ prefix: 'EVT#' }] } } } }`.
 * Plain data, so the local stream poller can apply the very same filter.
 */
export type StreamFilterPattern = Readonly<Record<string, unknown>>;

interface BackgroundFunctionBase {
  /** kebab-case; the handler is `functions/<id>.ts`, as for routes. */
  readonly id: string;
  readonly description: string;
  readonly access: FunctionAccess;
  readonly timeout?: number;
}

/** Reads the table's stream (the notifier): only records that match one of `filters` wake it. */
export interface StreamConsumerFunction extends BackgroundFunctionBase {
  readonly kind: 'stream-consumer';
  /** Up to 5 patterns (Lambda's default quota); a record matching any one is delivered. */
  readonly filters: readonly StreamFilterPattern[];
  readonly batchSize?: number;
}

/** Runs on a schedule (the reminder), through EventBridge Scheduler. */
export interface ScheduledFunction extends BackgroundFunctionBase {
  readonly kind: 'scheduled';
  /** Scheduler cron body, six fields without `cron(...)`: `0 7 ? * MON-FRI *`. */
  readonly cron: string;
  /** IANA zone the cron is read in. */
  readonly timeZone: 'Asia/Ho_Chi_Minh';
}

/** Receives SES bounce, complaint, reject and delay events from the mail configuration set. */
export interface MailEventsFunction extends BackgroundFunctionBase {
  readonly kind: 'mail-events';
}

export type BackgroundFunction = StreamConsumerFunction | ScheduledFunction | MailEventsFunction;

/**
 * Every function not behind a route. Empty until the notifier, the reminder and the bounce
 * recorder exist (issue 4): each adds one row here and its `functions/<id>.ts`; the stateless
 * stack already builds the stream mapping, schedule, subscription, dead-letter queue and alarms
 * for whatever rows it finds. Example rows:
 *
 * ```ts
 * { kind: 'stream-consumer', id: 'notify-decision', description: 'Emails each decision',
 *   access: { table: 'read-write', idempotency: true, sendMail: true, users: 'none' },
 *   filters: [{ eventName: ['INSERT'], dynamodb: { NewImage: { SK: { S: [{ prefix: 'EVT#' }] } } } }] },
 * { kind: 'scheduled', id: 'send-reminders', description: 'Deadline reminders', cron: '0 7 ? * MON-FRI *',
 *   timeZone: 'Asia/Ho_Chi_Minh',
 *   access: { table: 'read-write', idempotency: false, sendMail: false, users: 'none' } },
 * ```
 */
export const BACKGROUND_FUNCTIONS: readonly BackgroundFunction[] = [];
