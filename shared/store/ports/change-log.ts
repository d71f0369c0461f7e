import type { Page, PageRequest } from './common';

/** What records have a change log: the directory, users' seats, award history, dossier files. */
export const CHANGE_LOG_ENTITIES = [
  'council_seat',
  'organisation',
  'unit',
  'person',
  'award',
  'user',
  'award_import',
  'person_import',
  /** The files registered on a nomination's dossier (entity id: the nomination). */
  'dossier_file',
  /** The signed copy (scan or signed PDF) of an issued document (entity id: the document). */
  'document_file',
  /** A unit's shared documents (a list proposal's tờ trình, minutes, report), before its nominations exist. */
  'unit_file',
  /** A council meeting's signed minutes and tally (entity id: the meeting). */
  'meeting_file',
  /** Every download link given for a file (entity id: its nomination or document). */
  'file_download',
  /** A unit's report on a campaign target (entity id: `<campaignId>/<targetIndex>/<unitId>`). */
  'target_report',
  /** An e-mail address the system stopped mailing, lifted by the secretariat (entity id: the address). */
  'mail_suppression',
  /** A campaign (phong trào): drafted, edited, published (entity id: the campaign). */
  'campaign',
] as const;
export type ChangeLogEntity = (typeof CHANGE_LOG_ENTITIES)[number];

/**
 * One change of a registry record, written in the same transaction as the change itself (never
 * one without the other): who, when, and the record before and after. Nominations have their
 * own hash-chained audit trail; this is its counterpart for the directory.
 */
export interface RegistryChange {
  readonly entity: ChangeLogEntity;
  /** The record's id within its kind (a seat: `<organisationId>/<memberId>`). */
  readonly entityId: string;
  readonly action: 'create' | 'update';
  readonly at: string;
  readonly actor: { readonly userId: string; readonly name?: string };
  /** Why, where the change needs one (a correction of the award history). */
  readonly reason?: string;
  /** Absent on a create. */
  readonly before?: Readonly<Record<string, unknown>>;
  readonly after: Readonly<Record<string, unknown>>;
}

export interface ChangeLog {
  /**
   * Records a change made outside this table (the user pool cannot join a DynamoDB transaction).
   * Written before the change it announces, so no change is made unlogged; the changes it logs
   * are idempotent, so a failure between the two is mended by doing it again.
   */
  record(change: RegistryChange): Promise<void>;
  /** A record's changes, oldest first. */
  list(entity: ChangeLogEntity, entityId: string, page?: PageRequest): Promise<Page<RegistryChange>>;
}

/** One entry of the system's activity: a nomination's audit event or a registry change. */
export type ActivityEntry =
  | { readonly kind: 'nomination'; readonly event: import('../audit-chain').AuditEvent }
  | { readonly kind: 'registry'; readonly change: RegistryChange };

/**
 * The system's activity by month, newest first, across every record that keeps a trail (the
 * nominations' audit chains, the registry's change log): the administrator's oversight log.
 * Entries written before the activity index existed are not in it.
 */
export interface ActivityLog {
  /** `month`: `2026-11` (UTC). */
  listMonth(month: string, page?: PageRequest): Promise<Page<ActivityEntry>>;
}
