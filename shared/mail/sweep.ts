/**
 * The backstop of claim-before-send: a claim still `sending` long after any notifier could be
 * running is a message whose fate we do not know (a crash between SES and the marker, or a
 * timeout). Unless SES confirmed it meanwhile (its Send event, recorded by `confirm`), it is sent
 * again from the rendered copy kept on the claim.
 */
import type { Clock } from '../store';
import type { EmailSender, MailLedger } from './ports';
import { isDefiniteRefusal } from './retry';

export interface SweepDeps {
  readonly ledger: MailLedger;
  readonly sender: EmailSender;
  readonly clock: Clock;
  readonly newToken: () => string;
}

export interface SweepOptions {
  /** Longer than the notifier's timeout and SES's event delay: 15 minutes by default. */
  readonly staleAfterMs?: number;
  /** Beyond this many attempts a refused message is released as `failed`, for people to look at. */
  readonly maxAttempts?: number;
  readonly limit?: number;
}

export const STALE_CLAIM_MS = 15 * 60_000;

export async function sweepStaleClaims(
  deps: SweepDeps,
  { staleAfterMs = STALE_CLAIM_MS, maxAttempts = 5, limit = 100 }: SweepOptions = {},
): Promise<{ resent: number; failed: number }> {
  const now = deps.clock.now();
  const stale = await deps.ledger.staleClaims(new Date(now.getTime() - staleAfterMs).toISOString(), limit);
  let resent = 0;
  let failed = 0;
  for (const marker of stale) {
    if (!marker.mail || !marker.token || marker.confirmedAt) continue;
    const token = deps.newToken();
    if (!(await deps.ledger.reclaim(marker.key, marker.token, token, now.toISOString()))) continue;
    try {
      const { messageId } = await deps.sender.send(marker.mail);
      await deps.ledger.markSent(marker.key, token, messageId, deps.clock.now().toISOString());
      resent++;
    } catch (error) {
      if (isDefiniteRefusal(error) && marker.attempts + 1 >= maxAttempts) {
        await deps.ledger.release(marker.key, token, String(error), deps.clock.now().toISOString());
        failed++;
      }
    }
  }
  return { resent, failed };
}
