/**
 * SES's event publishing, locally. In AWS the configuration set publishes a `Send` event for
 * every message SES accepts (SNS → the ses-events function), which confirms the message's
 * exactly-once key to the ledger, so the sweep never re-sends a message whose sender crashed
 * after SES took it. SES local publishes nothing; this reads what it accepted (its `/store`,
 * with the message tags kept by `patches/aws-ses-v2-local+2.10.2.patch`) and applies the same
 * `Send` events through the same `applySesEvent`.
 */
import { applySesEvent, type SesEventDeps } from '../shared/mail/ses-events';

interface StoredEmail {
  readonly messageId: string;
  readonly at: number;
  readonly tags?: Readonly<Record<string, readonly string[]>>;
}

export interface SesEventStream {
  /** Publishes a `Send` event for every message accepted since the last call; returns how many. */
  publish(): Promise<number>;
}

export function makeSesEventStream(sesEndpoint: string, deps: SesEventDeps): SesEventStream {
  const published = new Set<string>();
  return {
    async publish() {
      // Every message SES local holds (it keeps them in memory for its life): a Send event for a
      // key another stack claimed finds no claim here and changes nothing, as in AWS.
      const res = await fetch(`${sesEndpoint}/store`);
      if (!res.ok) throw new Error(`SES local store: HTTP ${res.status}`);
      const { emails } = (await res.json()) as { emails: StoredEmail[] };
      let count = 0;
      for (const email of emails) {
        if (published.has(email.messageId) || !email.tags?.mail_key) continue;
        await applySesEvent(
          { eventType: 'Send', mail: { messageId: email.messageId, tags: email.tags } },
          deps,
        );
        published.add(email.messageId);
        count++;
      }
      return count;
    },
  };
}
