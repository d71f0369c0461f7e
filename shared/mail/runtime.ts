/**
 * The composition root of the mail functions (notifier, reminder, SES events): adapters built
 * once per cold start from the parsed environment, on top of the shared runtime's client.
 */

import { councils, documents, nominations, organisations } from '../adapters';
import { adapt, runtime } from '../runtime';
import { newUlid } from '../store/ulid-ids';
import { makeDynamoMailLedger } from './dynamo/mail-ledger';
import { makeDynamoSuppressionList } from './dynamo/suppression-list';
import type { NotifierDeps } from './notifier';
import { withThrottlingBackoff } from './retry';
import { makeSesClient } from './ses-client';
import { makeSesSender } from './ses-sender';
import { makeStoreMailDirectory } from './store-directory';

/** Where links point on the local stack when `WEB_ORIGIN` is not set (the local gateway serves the web app). */
const LOCAL_WEB_ORIGIN = 'http://localhost:4000';

let cached: NotifierDeps | undefined;

/** Everything the notifier, the sweep and the reminders need, from this instance's environment. */
export function mailRuntime(): NotifierDeps {
  if (cached) return cached;
  const { env, dynamodb, clock } = runtime();
  if (!env.MAIL_FROM)
    throw new Error('invalid function environment: MAIL_FROM is required by the mail functions');
  // Links in emails must point at the real web app: only the local stack may fall back.
  if (!env.WEB_ORIGIN && !env.DYNAMODB_ENDPOINT)
    throw new Error('invalid function environment: WEB_ORIGIN is required by the mail functions');
  const ses = makeSesClient({
    region: env.AWS_REGION,
    ...(env.SES_ENDPOINT ? { endpoint: env.SES_ENDPOINT } : {}),
  });
  const table = { client: dynamodb, tableName: env.TABLE_NAME };
  cached = {
    directory: makeStoreMailDirectory(adapt({ nominations, organisations, councils, documents })),
    links: { webOrigin: env.WEB_ORIGIN ?? LOCAL_WEB_ORIGIN },
    ledger: makeDynamoMailLedger(table),
    suppressions: makeDynamoSuppressionList(table),
    sender: withThrottlingBackoff(
      makeSesSender({
        client: ses,
        from: env.MAIL_FROM,
        ...(env.MAIL_CONFIGURATION_SET ? { configurationSet: env.MAIL_CONFIGURATION_SET } : {}),
      }),
    ),
    clock,
    newToken: () => newUlid(),
  };
  return cached;
}
