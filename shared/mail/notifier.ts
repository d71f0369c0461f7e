/**
 * The notifier's core: one stream batch in, partial batch response out. Every record is handled
 * on its own, so one failure never holds back the rest; each message goes through
 * claim → send → mark (docs/notifications.md explains why in that order).
 */
import type { DynamoDBRecord } from 'aws-lambda';
import type { Clock } from '../store';
import { type ComposeDeps, composeMails } from './compose';
import type { OutgoingMail } from './message';
import { outboxItemOf, PoisonRecordError } from './outbox-item';
import type { EmailSender, MailLedger, SuppressionList } from './ports';
import { isDefiniteRefusal } from './retry';

export interface NotifierDeps extends ComposeDeps {
  readonly ledger: MailLedger;
  readonly sender: EmailSender;
  readonly suppressions: SuppressionList;
  readonly clock: Clock;
  /** A fresh claim token (a ULID or UUID). */
  readonly newToken: () => string;
}

export interface RecordFailure {
  readonly itemIdentifier: string;
  readonly reason: string;
  /** The record can never succeed (malformed); retries only delay its dead-lettering. */
  readonly poison: boolean;
}

export interface BatchOutcome {
  /** What Lambda reads (`ReportBatchItemFailures`): the sequence numbers of failed records. */
  readonly batchItemFailures: { readonly itemIdentifier: string }[];
  /** The same failures with their reasons, for the log and the dead-letter path. */
  readonly failures: RecordFailure[];
  readonly sent: number;
}

export type DeliveryResult = 'sent' | 'already-handled' | 'skipped';

/** Claims, sends and marks one message; throws when it was not sent (the record is retried). */
export async function deliver(mail: OutgoingMail, deps: NotifierDeps): Promise<DeliveryResult> {
  const at = () => deps.clock.now().toISOString();
  const dead = await deps.suppressions.suppressed([...mail.to, ...mail.cc]);
  const to = mail.to.filter((a) => !dead.has(a));
  const cc = mail.cc.filter((a) => !dead.has(a));
  const addressed: OutgoingMail = to.length > 0 ? { ...mail, to, cc } : { ...mail, to: cc, cc: [] };
  if (addressed.to.length === 0) {
    const why = dead.size > 0 ? 'every address is suppressed (bounce or complaint)' : 'no address on file';
    await deps.ledger.markSkipped(addressed, why, at());
    return 'skipped';
  }
  const claim = await deps.ledger.claim(addressed, at(), deps.newToken());
  if (claim.outcome === 'taken') return 'already-handled';
  let messageId: string;
  try {
    ({ messageId } = await deps.sender.send(addressed));
  } catch (error) {
    // Refused for certain: release so the record's next delivery tries again. Anything else may
    // have gone out: the claim stays `sending` for the sweep, never re-sent from the stream.
    if (isDefiniteRefusal(error)) await deps.ledger.release(mail.key, claim.token, describe(error), at());
    throw error;
  }
  await deps.ledger.markSent(mail.key, claim.token, messageId, at());
  return 'sent';
}

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** Processes a stream batch; never throws for a record, only reports it. */
export async function processStreamBatch(
  records: readonly DynamoDBRecord[],
  deps: NotifierDeps,
): Promise<BatchOutcome> {
  const failures: RecordFailure[] = [];
  let sent = 0;
  for (const record of records) {
    const itemIdentifier = record.dynamodb?.SequenceNumber ?? record.eventID ?? '';
    try {
      const mails = await composeMails(outboxItemOf(record), deps);
      for (const mail of mails) if ((await deliver(mail, deps)) === 'sent') sent++;
    } catch (error) {
      failures.push({ itemIdentifier, reason: describe(error), poison: error instanceof PoisonRecordError });
    }
  }
  return {
    batchItemFailures: failures.map(({ itemIdentifier }) => ({ itemIdentifier })),
    failures,
    sent,
  };
}
