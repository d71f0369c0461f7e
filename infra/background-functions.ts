import { NOTIFY_STREAM_FILTERS } from '../shared/mail/stream-filter';
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
export const BACKGROUND_FUNCTIONS: readonly BackgroundFunction[] = [
  {
    kind: 'stream-consumer',
    id: 'notify',
    description: 'Emails decisions, returns, council outcomes and meetings from the outbox, exactly once',
    access: { table: 'read-write', idempotency: false, sendMail: true, users: 'none' },
    // The same patterns the local stream poller applies (shared/mail/stream-filter.ts).
    filters: NOTIFY_STREAM_FILTERS,
    timeout: 60,
  },
  {
    kind: 'scheduled',
    id: 'remind',
    description: 'Deadline and vote reminders, escalation of overdue dossiers, sweep of stale mail claims',
    // Every quarter hour in office hours: the sweep needs it; reminders are keyed per day, so repeats are no-ops.
    cron: '0/15 7-18 ? * * *',
    timeZone: 'Asia/Ho_Chi_Minh',
    // Still a sender (the one exception to "only the notifier sends"): it mails reminders and
    // re-sends stale claims itself, through the same claim-before-send ledger as the notifier, with
    // the same narrow grant (identity, configuration set, one From address). To drop it, the
    // reminder would write reminder items that the notifier's stream filter picks up, and the
    // sweep would move to a schedule of the notifier (docs/deploy.md, cdk-nag section).
    access: { table: 'read-write', idempotency: false, sendMail: true, users: 'none' },
    timeout: 300,
  },
  {
    kind: 'mail-events',
    id: 'record-mail-events',
    description: 'Records SES bounces and complaints on the address, and Send events on the mail marker',
    access: { table: 'read-write', idempotency: false, sendMail: false, users: 'none' },
  },
];
