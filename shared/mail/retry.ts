/**
 * SES answers an over-quota call with a throttling error and drops the message ("Maximum sending
 * rate exceeded"); its guide says to wait and retry. This wrapper retries throttling only, with
 * exponential backoff and full jitter; anything else is the caller's to judge at once.
 */
import type { OutgoingMail } from './message';
import type { EmailSender } from './ports';

export interface BackoffOptions {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
  /** Injected so tests do not wait. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { attempts: 6, baseMs: 200, maxMs: 5_000 };

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'LimitExceededException',
]);

/** True for SES's "slow down" answers (rate or daily quota). */
export function isThrottling(error: unknown): boolean {
  const e = error as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return (
    THROTTLING.has(e?.name ?? '') || THROTTLING.has(e?.Code ?? '') || e?.$metadata?.httpStatusCode === 429
  );
}

/**
 * True when the provider answered with an error: the message was certainly not accepted, so the
 * claim may be released and the record retried. Network failures and timeouts are not: the
 * message may have gone out, and only the sweep (with SES's own confirmation) may decide.
 */
export function isDefiniteRefusal(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata
    ?.httpStatusCode;
  return isThrottling(error) || (typeof status === 'number' && status >= 400);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Wraps a sender so throttling is retried with backoff before the error reaches the notifier. */
export function withThrottlingBackoff(
  sender: EmailSender,
  options: BackoffOptions = DEFAULT_BACKOFF,
): EmailSender {
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  return {
    async send(mail: OutgoingMail) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await sender.send(mail);
        } catch (error) {
          if (!isThrottling(error) || attempt >= options.attempts) throw error;
          const cap = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1));
          await sleep(Math.floor(random() * cap));
        }
      }
    },
  };
}
