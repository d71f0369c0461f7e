/**
 * The background half of the local stack: the stream poller running the notifier on DynamoDB
 * Local's stream (same filter as the cloud mapping), and the reminder tick (EventBridge
 * Scheduler's stand-in). `npm start` runs both on timers; tests call `drain()` and `tick()`.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SESClient } from '@aws-sdk/client-ses';
import { resumePendingDocuments } from '../shared/app/decisions/resume-pending-documents';
import type { AppPorts } from '../shared/app/ports';
import type { ProvinceRuleOverrides } from '../shared/domain/rules';
import { makeDynamoMailLedger } from '../shared/mail/dynamo/mail-ledger';
import { makeDynamoSuppressionList } from '../shared/mail/dynamo/suppression-list';
import { type NotifierDeps, processStreamBatch } from '../shared/mail/notifier';
import { type ReminderOutcome, runReminders } from '../shared/mail/reminders/run-reminders';
import type { ReminderSchedule } from '../shared/mail/reminders/schedule';
import { type BackoffOptions, withThrottlingBackoff } from '../shared/mail/retry';
import { makeSesClient } from '../shared/mail/ses-client';
import { makeSesSender } from '../shared/mail/ses-sender';
import { makeStoreMailDirectory } from '../shared/mail/store-directory';
import { NOTIFY_STREAM_FILTERS } from '../shared/mail/stream-filter';
import type { Clock } from '../shared/store';
import { ANCHOR_STREAM_FILTERS, anchorStreamBatch } from '../shared/store/anchors/anchor-events';
import { makeFileAnchorStore } from '../shared/store/anchors/file-anchor-store';
import {
  makeDynamoCampaignRepository,
  makeDynamoCouncilRepository,
  makeDynamoDocumentRepository,
  makeDynamoNominationRepository,
  makeDynamoOrganisationRepository,
  makeDynamoPersonRepository,
} from '../shared/store/dynamo';
import { newUlid } from '../shared/store/ulid-ids';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './app';
import { wallClock } from './clock';
import { makeSesEventStream, type SesEventStream } from './ses-event-stream';
import { makeStreamPoller, type StreamPoller } from './stream-poller';

/** The sender address of the local stack (SES local accepts any). */
export const LOCAL_MAIL_FROM = 'thongbao@hatinh.tdkt.example.vn';

export interface BackgroundOptions {
  readonly dynamodb: DynamoDBClient;
  readonly dynamodbEndpoint: string;
  readonly sesEndpoint: string;
  readonly tableName: string;
  readonly webOrigin: string;
  readonly clock?: Clock;
  /** Tests wrap the SES client to inject faults SES local cannot produce (throttling, a crash). */
  readonly wrapSes?: (client: Pick<SESClient, 'send'>) => Pick<SESClient, 'send'>;
  readonly backoff?: BackoffOptions;
  readonly retryAttempts?: number;
  /** The province's rules (time limits of the steps); the national rules when absent. */
  readonly ruleOverrides?: ProvinceRuleOverrides;
  /** The reminder schedule; the defaults when absent. */
  readonly reminderSchedule?: ReminderSchedule;
  /** Where the anchor writer puts audit chain links (`startApp`'s `auditAnchorDir`); none when absent. */
  readonly auditAnchorDir?: string;
}

export interface RunningBackground {
  readonly poller: StreamPoller;
  /** The anchor writer on the same stream (`functions/anchor-audit.ts` in AWS), when anchoring. */
  readonly anchorPoller?: StreamPoller;
  readonly deps: NotifierDeps;
  readonly ports: Pick<
    AppPorts,
    'organisations' | 'campaigns' | 'councils' | 'nominations' | 'documents' | 'ruleOverrides'
  >;
  /** One run of the scheduled reminder function. */
  tick(): Promise<ReminderOutcome>;
  /** SES's Send events for what SES local accepted (`local/ses-event-stream.ts`). */
  readonly sesEvents: SesEventStream;
  /** Starts the timers of `npm start` (poller every second, reminders every 15 minutes). */
  startTimers(): void;
  stop(): Promise<void>;
}

export function startBackground(options: BackgroundOptions): RunningBackground {
  const clock = options.clock ?? wallClock;
  const table = { client: options.dynamodb, tableName: options.tableName, clock };
  const ports = {
    nominations: makeDynamoNominationRepository(table),
    organisations: makeDynamoOrganisationRepository(table),
    persons: makeDynamoPersonRepository(table),
    campaigns: makeDynamoCampaignRepository(table),
    councils: makeDynamoCouncilRepository(table),
    documents: makeDynamoDocumentRepository(table),
    ...(options.ruleOverrides ? { ruleOverrides: options.ruleOverrides } : {}),
  };
  const ses = makeSesClient({
    endpoint: options.sesEndpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const deps: NotifierDeps = {
    directory: makeStoreMailDirectory(ports),
    links: { webOrigin: options.webOrigin },
    ledger: makeDynamoMailLedger(table),
    suppressions: makeDynamoSuppressionList(table),
    sender: withThrottlingBackoff(
      makeSesSender({ client: options.wrapSes ? options.wrapSes(ses) : ses, from: LOCAL_MAIL_FROM }),
      options.backoff,
    ),
    clock,
    newToken: () => newUlid(),
  };
  const poller = makeStreamPoller({
    endpoint: options.dynamodbEndpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    dynamodb: options.dynamodb,
    tableName: options.tableName,
    filters: NOTIFY_STREAM_FILTERS,
    process: (records) => processStreamBatch(records, deps),
    ...(options.retryAttempts !== undefined ? { retryAttempts: options.retryAttempts } : {}),
  });
  const sesEvents = makeSesEventStream(options.sesEndpoint, deps);
  const anchorStore = options.auditAnchorDir ? makeFileAnchorStore(options.auditAnchorDir) : undefined;
  const anchorPoller = anchorStore
    ? makeStreamPoller({
        endpoint: options.dynamodbEndpoint,
        region: LOCAL_REGION,
        credentials: LOCAL_CREDENTIALS,
        dynamodb: options.dynamodb,
        tableName: options.tableName,
        filters: ANCHOR_STREAM_FILTERS,
        process: (records) => anchorStreamBatch(records, anchorStore),
      })
    : undefined;
  let reminderTimer: NodeJS.Timeout | undefined;
  let sesEventTimer: NodeJS.Timeout | undefined;
  // As the deployed notifier's tick: reminders, the stale-claim sweep, then pending documents.
  const tick = async () => {
    const outcome = await runReminders(
      ports,
      deps,
      options.reminderSchedule ? { schedule: options.reminderSchedule } : {},
    );
    await resumePendingDocuments({ documents: ports.documents, clock });
    return outcome;
  };
  return {
    poller,
    ...(anchorPoller ? { anchorPoller } : {}),
    deps,
    ports,
    tick,
    sesEvents,
    startTimers() {
      poller.start(1000);
      anchorPoller?.start(1000);
      sesEventTimer = setInterval(() => {
        sesEvents
          .publish()
          .catch((error: unknown) => console.error(`SES events: ${(error as Error).message}`));
      }, 2000);
      reminderTimer = setInterval(() => {
        tick().catch((error: unknown) => console.error(`reminder tick: ${(error as Error).message}`));
      }, 15 * 60_000);
    },
    async stop() {
      if (reminderTimer) clearInterval(reminderTimer);
      if (sesEventTimer) clearInterval(sesEventTimer);
      await poller.stop();
      await anchorPoller?.stop();
      ses.destroy();
    },
  };
}
