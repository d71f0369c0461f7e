/** How a nomination and its audit events are laid out as items, and read back. */
import type { AuditEvent } from '../audit-chain';
import { activityIndexKeys, auditEventKey, ENTITY, nominationIndexKeys, nominationKey } from '../keys';
import type { Nomination, Vote } from '../ports/nomination-repository';

export function nominationToItem(n: Nomination): Record<string, unknown> {
  return { ...nominationKey(n.id), type: ENTITY.nomination, ...nominationIndexKeys(n), ...n };
}

export function nominationFromItem(item: Record<string, unknown>): Nomination {
  const n = item as unknown as Nomination;
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
    form: n.form,
    ...(n.records === undefined ? {} : { records: n.records }),
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    lastEventSeq: n.lastEventSeq,
    lastEventHash: n.lastEventHash,
  };
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
