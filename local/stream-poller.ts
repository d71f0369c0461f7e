/**
 * The local stand-in for Lambda's DynamoDB event source mapping: reads the table's stream on
 * DynamoDB Local, turns its records into the records Lambda would deliver, keeps those that pass
 * the notifier's filter (the very patterns CDK deploys), and runs the notifier with the settings
 * of the cloud mapping: batches, partial batch responses (resume from the lowest failed record),
 * a bounded number of retries, then the record goes to the dead-letter list with its reason.
 */
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import { type FilterPattern, passesStreamFilters } from '../shared/mail/stream-filter';

/** What the poller runs per batch: Lambda's response, plus reasons for the dead-letter list. */
export type BatchProcessor = (records: DynamoDBRecord[]) => Promise<{
  readonly batchItemFailures: readonly { readonly itemIdentifier: string }[];
  readonly failures?: readonly { readonly itemIdentifier: string; readonly reason: string }[];
}>;

export interface DeadLetter {
  readonly sequenceNumber: string;
  readonly reason: string;
  readonly attempts: number;
  readonly record: DynamoDBRecord;
}

export interface StreamPollerOptions {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly dynamodb: DynamoDBClient;
  readonly tableName: string;
  readonly process: BatchProcessor;
  readonly filters: readonly FilterPattern[];
  /** As the cloud mapping (`STREAM_CONSUMER_SETTINGS`): 25 records, 5 retries. */
  readonly batchSize?: number;
  readonly retryAttempts?: number;
}

export interface StreamPoller {
  /** Reads until the stream has nothing new, processing every batch; resolves when caught up. */
  drain(): Promise<{ readonly delivered: number }>;
  /** Polls every `intervalMs` until `stop()`. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
  readonly deadLetters: readonly DeadLetter[];
}

/** A stream record in the shape Lambda hands to a function. */
function toLambdaRecord(record: _Record, streamArn: string, region: string): DynamoDBRecord {
  const d = record.dynamodb ?? {};
  return {
    eventID: record.eventID ?? '',
    eventName: record.eventName as DynamoDBRecord['eventName'],
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: streamArn,
    dynamodb: {
      ...(d.ApproximateCreationDateTime
        ? {
            ApproximateCreationDateTime: Math.floor(new Date(d.ApproximateCreationDateTime).getTime() / 1000),
          }
        : {}),
      Keys: d.Keys as NonNullable<DynamoDBRecord['dynamodb']>['Keys'],
      ...(d.NewImage ? { NewImage: d.NewImage as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'] } : {}),
      SequenceNumber: d.SequenceNumber ?? '',
      SizeBytes: d.SizeBytes ?? 0,
      StreamViewType: 'NEW_IMAGE',
    },
  };
}

export function makeStreamPoller(options: StreamPollerOptions): StreamPoller {
  const streams = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: options.region,
    credentials: options.credentials,
  });
  const batchSize = options.batchSize ?? 25;
  const retryAttempts = options.retryAttempts ?? 5;
  const iterators = new Map<string, string | null>();
  const deadLetters: DeadLetter[] = [];
  /** Records read but not yet processed, per shard (the mapping's in-flight batch). */
  const pending = new Map<string, DynamoDBRecord[]>();
  const attempts = new Map<string, number>();
  let streamArn: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  const arn = async () => {
    streamArn ??= (await options.dynamodb.send(new DescribeTableCommand({ TableName: options.tableName })))
      .Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`table ${options.tableName} has no stream`);
    return streamArn;
  };

  /** Runs the queued records of a shard, as the mapping does, until they pass or are dead-lettered. */
  const processShard = async (shardId: string): Promise<number> => {
    let delivered = 0;
    let queue = pending.get(shardId) ?? [];
    while (queue.length > 0) {
      const batch = queue.slice(0, batchSize);
      let response: Awaited<ReturnType<BatchProcessor>>;
      try {
        response = await options.process(batch);
      } catch (error) {
        // A thrown invocation fails the whole batch, as in Lambda.
        const reason = error instanceof Error ? error.message : String(error);
        response = {
          batchItemFailures: batch.map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber ?? '' })),
          failures: batch.map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber ?? '', reason })),
        };
      }
      const failedAt = batch.findIndex((r) =>
        response.batchItemFailures.some((f) => f.itemIdentifier === r.dynamodb?.SequenceNumber),
      );
      if (failedAt < 0) {
        delivered += batch.length;
        queue = queue.slice(batch.length);
        continue;
      }
      // Checkpoint before the lowest failed record; it and everything after it come again.
      delivered += failedAt;
      const failed = batch[failedAt] as DynamoDBRecord;
      const seq = failed.dynamodb?.SequenceNumber ?? '';
      const tries = (attempts.get(seq) ?? 0) + 1;
      attempts.set(seq, tries);
      queue = queue.slice(failedAt);
      if (tries > retryAttempts) {
        const reason = response.failures?.find((f) => f.itemIdentifier === seq)?.reason ?? 'failed';
        deadLetters.push({ sequenceNumber: seq, reason, attempts: tries, record: failed });
        attempts.delete(seq);
        queue = queue.slice(1);
      }
    }
    pending.set(shardId, queue);
    return delivered;
  };

  const pollOnce = async (): Promise<{ read: number; delivered: number }> => {
    const stream = await arn();
    const description = await streams.send(new DescribeStreamCommand({ StreamArn: stream }));
    let read = 0;
    let delivered = 0;
    for (const shard of description.StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId ?? '';
      if (!iterators.has(shardId)) {
        const { ShardIterator } = await streams.send(
          new GetShardIteratorCommand({
            StreamArn: stream,
            ShardId: shardId,
            ShardIteratorType: 'TRIM_HORIZON',
          }),
        );
        iterators.set(shardId, ShardIterator ?? null);
      }
      let iterator = iterators.get(shardId);
      while (iterator) {
        const output = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        const records = (output.Records ?? [])
          .map((r) => toLambdaRecord(r, stream, options.region))
          .filter((r) => passesStreamFilters(r, options.filters));
        read += output.Records?.length ?? 0;
        pending.set(shardId, [...(pending.get(shardId) ?? []), ...records]);
        iterator = output.NextShardIterator ?? null;
        iterators.set(shardId, iterator);
        if ((output.Records ?? []).length === 0) break;
      }
      delivered += await processShard(shardId);
    }
    return { read, delivered };
  };

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = running.then(work, work);
    running = next.catch(() => undefined);
    return next;
  };

  return {
    deadLetters,
    drain: () =>
      serial(async () => {
        let delivered = 0;
        for (;;) {
          const pass = await pollOnce();
          delivered += pass.delivered;
          if (pass.read === 0) return { delivered };
        }
      }),
    start(intervalMs = 1000) {
      const tick = () => {
        void serial(pollOnce)
          .catch((error: unknown) => console.error(`stream poller: ${(error as Error).message}`))
          .finally(() => {
            if (timer) timer = setTimeout(tick, intervalMs);
          });
      };
      timer = setTimeout(tick, intervalMs);
    },
    async stop() {
      const t = timer;
      timer = undefined;
      if (t) clearTimeout(t);
      await running;
      streams.destroy();
    },
  };
}
