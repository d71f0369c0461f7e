import { REMINDER_TICK } from '../shared/mail/notifier-event';
import { NOTIFY_STREAM_FILTERS } from '../shared/mail/stream-filter';
import { ANCHOR_STREAM_FILTERS } from '../shared/store/anchors/anchor-events';
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

/** An EventBridge Scheduler schedule that invokes the function (asynchronously). */
export interface FunctionSchedule {
  /** Scheduler cron body, six fields without `cron(...)`: `0 7 ? * MON-FRI *`. */
  readonly cron: string;
  /** IANA zone the cron is read in. */
  readonly timeZone: 'Asia/Ho_Chi_Minh';
  /** The event the schedule sends (JSON); the handler validates it. No input: `{}`. */
  readonly input?: Readonly<Record<string, unknown>>;
}

/** Reads the table's stream (the notifier): only records that match one of `filters` wake it. */
export interface StreamConsumerFunction extends BackgroundFunctionBase {
  readonly kind: 'stream-consumer';
  /** Up to 5 patterns (Lambda's default quota); a record matching any one is delivered. */
  readonly filters: readonly StreamFilterPattern[];
  readonly batchSize?: number;
  /**
   * A second trigger on the same function (the notifier's reminder tick): the handler tells the
   * two apart by the event's shape. Scheduled invocations are asynchronous, so the function then
   * gets the dead-letter queue as well.
   */
  readonly schedule?: FunctionSchedule;
}

/** Runs on a schedule only, through EventBridge Scheduler. */
export interface ScheduledFunction extends BackgroundFunctionBase, FunctionSchedule {
  readonly kind: 'scheduled';
}

/** Receives SES bounce, complaint, reject and delay events from the mail configuration set. */
export interface MailEventsFunction extends BackgroundFunctionBase {
  readonly kind: 'mail-events';
}

export type BackgroundFunction = StreamConsumerFunction | ScheduledFunction | MailEventsFunction;

/**
 * Every function not behind a route; the stateless stack builds the stream mapping, schedules,
 * subscription, dead-letter queue and alarms for whatever rows it finds.
 *
 * Only the notifier sends mail (issue 5, least privilege): it is one function with two triggers,
 * the table's stream and the reminder tick (`REMINDER_TICK`, the schedule's input), and its
 * handler dispatches on the event's shape (`shared/mail/notifier-event.ts`). The reminders and
 * the sweep of stale claims run on the tick, through the same claim-before-send ledger as the
 * stream. No other row may set `sendMail` (tests/infra/province-stacks.test.ts checks that
 * exactly one function per province holds any `ses:` action).
 */
export const BACKGROUND_FUNCTIONS: readonly BackgroundFunction[] = [
  {
    kind: 'stream-consumer',
    id: 'notify',
    description:
      'Emails the outbox exactly once (table stream); on its schedule, deadline and vote reminders, escalations, sweep of stale mail claims',
    access: { table: 'read-write', idempotency: false, sendMail: true, users: 'none' },
    // The same patterns the local stream poller applies (shared/mail/stream-filter.ts).
    filters: NOTIFY_STREAM_FILTERS,
    schedule: {
      // Every quarter hour in office hours: the sweep needs it; reminders are keyed per day, so repeats are no-ops.
      cron: '0/15 7-18 ? * * *',
      timeZone: 'Asia/Ho_Chi_Minh',
      input: REMINDER_TICK,
    },
    // A reminder run needs minutes; still well under the sweep's 15-minute stale-claim threshold.
    timeout: 300,
  },
  {
    kind: 'stream-consumer',
    id: 'anchor-audit',
    description:
      'Anchors every audit event outside the table (S3 Object Lock, compliance mode), so a rewritten chain no longer verifies',
    access: { table: 'none', idempotency: false, sendMail: false, users: 'none', auditAnchors: 'write' },
    filters: ANCHOR_STREAM_FILTERS,
  },
  {
    kind: 'scheduled',
    id: 'warm-up-api',
    description:
      'Keeps two environments of each API function warm, every route loaded, through the working day (docs/performance.md)',
    access: { table: 'none', idempotency: false, sendMail: false, users: 'none', warmsApi: true },
    // Every 5 minutes from 07:00 to 17:55, Monday to Friday: Lambda keeps an idle environment
    // for minutes, not hours, so the day's quiet spells would otherwise evict them.
    cron: '0/5 7-17 ? * MON-FRI *',
    timeZone: 'Asia/Ho_Chi_Minh',
    input: { environments: 2, holdMs: 150 },
    timeout: 60,
  },
  {
    kind: 'mail-events',
    id: 'record-mail-events',
    description: 'Records SES bounces and complaints on the address, and Send events on the mail marker',
    access: { table: 'read-write', idempotency: false, sendMail: false, users: 'none' },
  },
];
