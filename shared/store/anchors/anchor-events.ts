/**
 * The anchor writer: every audit event the table's stream delivers is anchored outside the table
 * (`AuditAnchorStore`), link by link, as it is written. Runs as its own stream consumer
 * (`functions/anchor-audit.ts`, the only function allowed to put anchors) and, locally, on the
 * local stream poller with the same filter.
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { FilterPattern } from '../../mail/stream-filter';
import type { AuditAnchorStore } from './port';

/** Every audit event as it is inserted (events are append-only: never modified or removed). */
export const ANCHOR_STREAM_FILTERS: readonly FilterPattern[] = [
  { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['AuditEvent'] } } } },
];

export interface AnchorBatchOutcome {
  readonly anchored: number;
  readonly batchItemFailures: readonly { readonly itemIdentifier: string }[];
  readonly failures: readonly { readonly itemIdentifier: string; readonly reason: string }[];
}

/** Anchors each event of a batch; a failed one is reported so the mapping retries from it. */
export async function anchorStreamBatch(
  records: readonly DynamoDBRecord[],
  store: AuditAnchorStore,
): Promise<AnchorBatchOutcome> {
  let anchored = 0;
  const failures: { itemIdentifier: string; reason: string }[] = [];
  for (const record of records) {
    const itemIdentifier = record.dynamodb?.SequenceNumber ?? record.eventID ?? '';
    try {
      const image = unmarshall((record.dynamodb?.NewImage ?? {}) as Parameters<typeof unmarshall>[0]) as {
        nominationId?: unknown;
        seq?: unknown;
        hash?: unknown;
      };
      if (
        typeof image.nominationId !== 'string' ||
        typeof image.seq !== 'number' ||
        typeof image.hash !== 'string'
      ) {
        throw new Error('not an audit event');
      }
      await store.put({ nominationId: image.nominationId, seq: image.seq, hash: image.hash });
      anchored++;
    } catch (error) {
      failures.push({ itemIdentifier, reason: (error as Error).message });
      // Lambda resumes from the lowest failed record: the rest of the batch comes again.
      break;
    }
  }
  return {
    anchored,
    failures,
    batchItemFailures: failures.map(({ itemIdentifier }) => ({ itemIdentifier })),
  };
}
