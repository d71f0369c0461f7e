import { join } from 'node:path';
import type { BackgroundFunction } from '../../../infra/background-functions';
import { REPO_ROOT } from '../../../infra/province-config';
import { REMINDER_TICK } from '../../../shared/mail/notifier-event';

/** TEST ONLY: every stub resolves to the same tiny handler. */
export const stubEntry = (): string => join(REPO_ROOT, 'tests', 'infra', 'fixtures', 'stub-handler.ts');

/** TEST ONLY: the notifier's likely filter: new audit events only. */
export const STUB_STREAM_FILTER = {
  eventName: ['INSERT'],
  dynamodb: { NewImage: { SK: { S: [{ prefix: 'EVT#' }] } } },
};

const none = { table: 'none', idempotency: false, sendMail: false, users: 'none' } as const;

/** TEST ONLY: one background function of each kind, the notifier with its reminder tick. */
export const STUB_BACKGROUND_FUNCTIONS: readonly BackgroundFunction[] = [
  {
    kind: 'stream-consumer',
    id: 'stub-notifier',
    description: 'test stub of the notifier',
    access: { ...none, table: 'read-write', idempotency: true, sendMail: true },
    filters: [STUB_STREAM_FILTER],
    // The reminder tick, as the real notifier's.
    schedule: { cron: '0/15 7-18 ? * * *', timeZone: 'Asia/Ho_Chi_Minh', input: REMINDER_TICK },
  },
  {
    kind: 'scheduled',
    id: 'stub-scheduled',
    description: 'test stub of a scheduled function',
    cron: '0 7 ? * MON-FRI *',
    timeZone: 'Asia/Ho_Chi_Minh',
    access: { ...none, table: 'read-write' },
  },
  {
    kind: 'mail-events',
    id: 'stub-mail-events',
    description: 'test stub of the bounce recorder',
    access: { ...none, table: 'read-write' },
  },
];
