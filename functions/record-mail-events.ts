import type { Context, SNSEvent } from 'aws-lambda';
import { logger } from '../shared/http/observability';
import { makeDynamoMailLedger } from '../shared/mail/dynamo/mail-ledger';
import { makeDynamoSuppressionList } from '../shared/mail/dynamo/suppression-list';
import { applySesNotifications } from '../shared/mail/ses-events';
import { runtime } from '../shared/runtime';

const { env, dynamodb, clock } = runtime();
const table = { client: dynamodb, tableName: env.TABLE_NAME };
const deps = {
  ledger: makeDynamoMailLedger(table),
  suppressions: makeDynamoSuppressionList(table),
  clock,
};

/** SES configuration-set events (via SNS): bounces and complaints suppress, Send events confirm. */
export const handler = async (event: SNSEvent, context?: Context): Promise<void> => {
  // The Lambda context (request id, function, cold start) on this invocation's log lines.
  if (context) logger.addContext(context);
  const outcome = await applySesNotifications(event, deps);
  logger.info('mail events applied', { ...outcome });
};
