/**
 * SES's own account of what happened to a message, from the configuration set's event
 * publishing (through SNS): permanent bounces and complaints put the address on the suppression
 * list (never mailed again, shown to the secretariat); a `Send` event confirms the message's
 * exactly-once key to the ledger, so the sweep never re-sends what SES accepted.
 */
import type { SNSEvent } from 'aws-lambda';
import type { Clock } from '../store';
import type { MailLedger, SuppressionList } from './ports';
import { mailKeyOfTag } from './ses-sender';

interface SesEventMessage {
  readonly eventType?: string;
  /** The older notification format names it `notificationType`. */
  readonly notificationType?: string;
  readonly mail?: {
    readonly messageId?: string;
    readonly tags?: Readonly<Record<string, readonly string[]>>;
  };
  readonly bounce?: {
    readonly bounceType?: string;
    readonly bounceSubType?: string;
    readonly bouncedRecipients?: readonly {
      readonly emailAddress: string;
      readonly diagnosticCode?: string;
    }[];
  };
  readonly complaint?: {
    readonly complaintFeedbackType?: string;
    readonly complainedRecipients?: readonly { readonly emailAddress: string }[];
  };
}

export interface SesEventDeps {
  readonly ledger: MailLedger;
  readonly suppressions: SuppressionList;
  readonly clock: Clock;
}

export interface SesEventOutcome {
  readonly suppressed: number;
  readonly confirmed: number;
  readonly ignored: number;
}

/** Applies one SES event (already parsed from the SNS message). */
export async function applySesEvent(message: SesEventMessage, deps: SesEventDeps): Promise<SesEventOutcome> {
  const at = deps.clock.now().toISOString();
  const type = message.eventType ?? message.notificationType;
  if (type === 'Bounce' && message.bounce?.bounceType === 'Permanent') {
    const recipients = message.bounce.bouncedRecipients ?? [];
    for (const r of recipients) {
      await deps.suppressions.record({
        address: r.emailAddress,
        reason: 'bounce',
        at,
        detail: [message.bounce.bounceSubType, r.diagnosticCode].filter(Boolean).join(': ').slice(0, 500),
      });
    }
    return { suppressed: recipients.length, confirmed: 0, ignored: 0 };
  }
  if (type === 'Complaint') {
    const recipients = message.complaint?.complainedRecipients ?? [];
    for (const r of recipients) {
      await deps.suppressions.record({
        address: r.emailAddress,
        reason: 'complaint',
        at,
        ...(message.complaint?.complaintFeedbackType
          ? { detail: message.complaint.complaintFeedbackType }
          : {}),
      });
    }
    return { suppressed: recipients.length, confirmed: 0, ignored: 0 };
  }
  const tag = message.mail?.tags?.mail_key?.[0];
  if ((type === 'Send' || type === 'Delivery') && tag) {
    await deps.ledger.confirm(mailKeyOfTag(tag), message.mail?.messageId ?? '', at);
    return { suppressed: 0, confirmed: 1, ignored: 0 };
  }
  // Transient bounces, rejects, rendering failures and delays: logged by the caller, nothing kept.
  return { suppressed: 0, confirmed: 0, ignored: 1 };
}

/** Applies every SES event of an SNS delivery; a message that is not JSON is skipped. */
export async function applySesNotifications(event: SNSEvent, deps: SesEventDeps): Promise<SesEventOutcome> {
  const total = { suppressed: 0, confirmed: 0, ignored: 0 };
  for (const record of event.Records) {
    let message: SesEventMessage;
    try {
      message = JSON.parse(record.Sns.Message) as SesEventMessage;
    } catch {
      total.ignored++;
      continue;
    }
    const outcome = await applySesEvent(message, deps);
    total.suppressed += outcome.suppressed;
    total.confirmed += outcome.confirmed;
    total.ignored += outcome.ignored;
  }
  return total;
}
