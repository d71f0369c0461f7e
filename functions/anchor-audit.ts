import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../shared/http/observability';
import { adapt } from '../shared/runtime';
import { auditAnchors } from '../shared/s3-adapters';
import { anchorStreamBatch } from '../shared/store/anchors/anchor-events';

const { store } = adapt({ store: auditAnchors });

/**
 * Anchors every audit event outside the table (the Object Lock bucket), from the table's stream:
 * a chain later rewritten by someone who can write the table no longer matches its anchors.
 */
export const handler = async (
  event: DynamoDBStreamEvent,
  context?: Context,
): Promise<DynamoDBBatchResponse> => {
  // The Lambda context (request id, function, cold start) on this invocation's log lines.
  if (context) logger.addContext(context);
  const outcome = await anchorStreamBatch(event.Records, store);
  for (const failure of outcome.failures) logger.error('audit event not anchored', { ...failure });
  return { batchItemFailures: [...outcome.batchItemFailures] };
};
