/**
 * The notifier's ports. Adapters: SES (`ses-sender.ts`), DynamoDB (`dynamo/`), and the store's
 * repositories for the directory (`store-directory.ts`).
 */
import type { IssuedDocument, Meeting, Nomination } from '../store';
import type { RegistryChange } from '../store/ports/change-log';
import type { OutgoingMail } from './message';

/** Sends one email; resolves with the provider's message id once the provider accepted it. */
export interface EmailSender {
  send(mail: OutgoingMail): Promise<{ readonly messageId: string }>;
}

/** Where a contact's addresses come from: the directory items (units, organisations). */
export interface Contact {
  readonly id: string;
  readonly name: string;
  readonly contactEmails: readonly string[];
}

export interface OrganisationContact extends Contact {
  readonly level: 'province' | 'department';
}

/** What the notifier reads to know who hears what. */
export interface MailDirectory {
  nomination(id: string): Promise<Nomination | undefined>;
  unit(id: string): Promise<Contact | undefined>;
  organisation(id: string): Promise<OrganisationContact | undefined>;
  /** The province's own organisations (UBND tỉnh and its TĐKT board): the province officers' inbox. */
  provinceOrganisations(): Promise<readonly OrganisationContact[]>;
  /** Voting members of an organisation's council, with their sign-in e-mails. */
  councilMembers(
    organisationId: string,
  ): Promise<readonly { readonly memberId: string; readonly name: string; readonly email: string }[]>;
  document(id: string): Promise<IssuedDocument | undefined>;
  meeting(id: string): Promise<Meeting | undefined>;
}

export type MarkerStatus = 'sending' | 'sent' | 'failed' | 'skipped';

/** The exactly-once record of one message, keyed by `OutgoingMail.key`. */
export interface MailMarker {
  readonly key: string;
  readonly status: MarkerStatus;
  readonly token?: string;
  readonly attempts: number;
  readonly claimedAt?: string;
  readonly sentAt?: string;
  readonly messageId?: string;
  /** The provider confirmed it accepted the message (SES Send event), independently of us. */
  readonly confirmedAt?: string;
  readonly lastError?: string;
  /** The rendered message, kept so a sweep can re-drive a claim without the stream record. */
  readonly mail?: OutgoingMail;
}

export type ClaimResult =
  | { readonly outcome: 'claimed'; readonly token: string; readonly attempt: number }
  | { readonly outcome: 'taken'; readonly marker: MailMarker };

/**
 * Sent-markers. `claim` is a conditional write that succeeds for exactly one caller while the
 * message is new or its last attempt failed for certain; `sending` claims left behind by a crash
 * are only ever re-driven by `reclaim` from the sweep.
 */
export interface MailLedger {
  claim(mail: OutgoingMail, at: string, token: string): Promise<ClaimResult>;
  markSent(key: string, token: string, messageId: string, at: string): Promise<void>;
  /** The provider refused for certain: the next delivery of the record may claim it again. */
  release(key: string, token: string, reason: string, at: string): Promise<void>;
  /** Nothing to send (no address on file, or all suppressed); written once. */
  markSkipped(mail: OutgoingMail, reason: string, at: string): Promise<void>;
  /** `sending` claims taken before `claimedBefore`, oldest first. */
  staleClaims(claimedBefore: string, limit: number): Promise<readonly MailMarker[]>;
  /** Takes over a stale claim (the old token must still hold it). */
  reclaim(key: string, oldToken: string, newToken: string, at: string): Promise<boolean>;
  /** Records the provider's own confirmation (a `Send` event tagged with the key). */
  confirm(key: string, messageId: string, at: string): Promise<void>;
  get(key: string): Promise<MailMarker | undefined>;
}

export type SuppressionReason = 'bounce' | 'complaint';

export interface Suppression {
  readonly address: string;
  readonly reason: SuppressionReason;
  readonly at: string;
  /** The provider's words (bounce type and diagnostic, complaint feedback type). */
  readonly detail?: string;
}

/** Dead addresses: recorded from SES bounces and complaints, never mailed again, listed for the secretariat. */
export interface SuppressionList {
  record(suppression: Suppression): Promise<void>;
  /** Which of `addresses` are suppressed (lower-cased). */
  suppressed(addresses: readonly string[]): Promise<ReadonlySet<string>>;
  list(limit?: number): Promise<readonly Suppression[]>;
  /** The suppression records of those of `addresses` that are suppressed (when and why). */
  lookup(addresses: readonly string[]): Promise<readonly Suppression[]>;
  /**
   * Mails an address again: its suppression record removed and `change` (who, why, the record
   * before) written in the same transaction. Refused with `NOT_FOUND` (404) when it is not
   * suppressed (any more).
   */
  lift(address: string, change: RegistryChange): Promise<void>;
}
