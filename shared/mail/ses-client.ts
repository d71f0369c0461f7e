/**
 * The one way the system builds its SES client. `SendEmail` has no idempotency key, so a retry
 * after an ambiguous failure (a timeout, a reset connection after SES accepted the message) can
 * mail twice. The SDK's own retries are therefore off (`maxAttempts: 1`): the only retry layers
 * are the throttling backoff (`retry.ts`, for answers that say the message was refused) and the
 * ledger's sweep, which re-sends only what SES's Send event never confirmed
 * (docs/notifications.md, "Exactly once").
 */
import { SESClient, type SESClientConfig } from '@aws-sdk/client-ses';

export function makeSesClient(
  config: Pick<SESClientConfig, 'region' | 'endpoint' | 'credentials'>,
): SESClient {
  return new SESClient({ ...config, maxAttempts: 1 });
}
