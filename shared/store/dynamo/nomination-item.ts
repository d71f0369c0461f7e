/** How a nomination and its audit events are laid out as items, and read back. */
import type { AuditEvent } from '../audit-chain';
import { activityIndexKeys, auditEventKey, ENTITY, nominationIndexKeys, nominationKey } from '../keys';
import {
  HEAD_FORM,
  HEAD_RECORDS,
  type Nomination,
  type NominationHead,
  type Vote,
} from '../ports/nomination-repository';

export function nominationToItem(n: Nomination): Record<string, unknown> {
  return { ...nominationKey(n.id), type: ENTITY.nomination, ...nominationIndexKeys(n), ...n };
}

/** Every field of a head but its records, checked below against the type: none is left out. */
const HEAD_FIELDS = [
  'id',
  'version',
  'state',
  'organisationId',
  'unitId',
  'campaignId',
  'awardCode',
  'subject',
  'track',
  'year',
  'nominee',
  'createdAt',
  'updatedAt',
  'lastEventSeq',
  'lastEventHash',
] as const satisfies readonly (keyof NominationHead)[];
type Unread = Exclude<keyof NominationHead, (typeof HEAD_FIELDS)[number] | 'form' | 'records'>;
const everyFieldRead: [Unread] extends [never] ? true : Unread = true;

/** What a list reads of a nomination item (`NominationHead`): its fields, parts of its form and records. */
export const NOMINATION_HEAD_ATTRIBUTES: readonly string[] = everyFieldRead && [
  ...HEAD_FIELDS,
  ...HEAD_FORM.map((name) => `form.${name}`),
  ...HEAD_RECORDS.map((name) => `records.${name}`),
];

/** A nomination item read with the projection above (a form without a nominee reads as `{}`). */
export function nominationHeadFromItem(item: Record<string, unknown>): NominationHead {
  const n = item as unknown as Nomination;
  return {
    ...nominationFieldsFromItem(n),
    form: n.form ?? {},
  };
}

/** Everything of a nomination item but its form. */
function nominationFieldsFromItem(n: Nomination): Omit<Nomination, 'form'> {
  return {
    id: n.id,
    version: n.version,
    state: n.state,
    organisationId: n.organisationId,
    unitId: n.unitId,
    ...(n.campaignId === undefined ? {} : { campaignId: n.campaignId }),
    awardCode: n.awardCode,
    subject: n.subject,
    track: n.track,
    year: n.year,
    nominee: n.nominee,
    ...(n.records === undefined ? {} : { records: n.records }),
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    lastEventSeq: n.lastEventSeq,
    lastEventHash: n.lastEventHash,
  };
}

export function nominationFromItem(item: Record<string, unknown>): Nomination {
  const n = item as unknown as Nomination;
  return { ...nominationFieldsFromItem(n), form: n.form };
}

export function eventToItem(event: AuditEvent): Record<string, unknown> {
  // Top-level and outside the hashed body: the notifier's stream filter wakes only for these.
  const notify = event.data?.notify;
  const notifies = Array.isArray(notify) && notify.length > 0;
  return {
    ...auditEventKey(event.nominationId, event.seq),
    ...activityIndexKeys(event.at, 'NOM', `${event.nominationId}#${event.seq}`),
    type: ENTITY.auditEvent,
    ...event,
    ...(notifies ? { notifies: true } : {}),
  };
}

export function eventFromItem(item: Record<string, unknown>): AuditEvent {
  const e = item as unknown as AuditEvent;
  return {
    nominationId: e.nominationId,
    seq: e.seq,
    action: e.action,
    actor: e.actor,
    at: e.at,
    from: e.from,
    to: e.to,
    ...(e.reason === undefined ? {} : { reason: e.reason }),
    ...(e.data === undefined ? {} : { data: e.data }),
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

export function voteFromItem(item: Record<string, unknown>): Vote {
  const v = item as unknown as Vote;
  return {
    nominationId: v.nominationId,
    memberId: v.memberId,
    ...(v.choice === undefined ? {} : { choice: v.choice }),
    ...(v.conflictReason === undefined ? {} : { conflictReason: v.conflictReason }),
    at: v.at,
    seq: v.seq,
  };
}

/** Tally counts are top-level attributes `tally_<field>`, so each increments on its own without a map to create first. */
export const TALLY_ATTRIBUTE_PREFIX = 'tally_';
