import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../shared/http/observability';
import { processStreamBatch } from '../shared/mail/notifier';
import { mailRuntime } from '../shared/mail/runtime';

const deps = mailRuntime();

/**
 * Stream consumer (filtered by `NOTIFY_STREAM_FILTERS`): emails what each outbox record owes,
 * exactly once per message, and reports only the failed records so the rest of the batch moves on.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const outcome = await processStreamBatch(event.Records, deps);
  for (const failure of outcome.failures) logger.error('notice not sent', { ...failure });
  logger.info('stream batch done', { records: event.Records.length, sent: outcome.sent });
  return { batchItemFailures: outcome.batchItemFailures };
};
