/**
 * The audit trail of a nomination is a hash chain: each event stores the hash of the one before
 * it, and its own hash is `sha256(prevHash ‖ canonicalJson(body))`. Changing, removing or
 * re-ordering any stored event breaks the chain at that event. Pure: no I/O beyond hashing.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The hash the first event chains to. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditActor {
  readonly userId: string;
  readonly role: string;
  /**
   * The person's display name when they acted. Hashed with the rest of the event when present;
   * events recorded before names were kept have none, and hash exactly as they always did.
   */
  readonly name?: string;
}

/** What happened, as hashed. `from` is `null` for the event that created the nomination. */
export interface AuditEventBody {
  readonly nominationId: string;
  readonly seq: number;
  readonly action: string;
  readonly actor: AuditActor;
  readonly at: string;
  readonly from: string | null;
  readonly to: string;
  readonly reason?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface AuditEvent extends AuditEventBody {
  readonly prevHash: string;
  readonly hash: string;
}

/** The end of a chain, as the nomination item records it. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

export type ChainBreak =
  | 'missing-seq'
  | 'prev-hash-mismatch'
  | 'hash-mismatch'
  | 'head-mismatch'
  | 'anchor-mismatch'
  | 'anchor-conflict'
  | 'anchored-event-missing';

/**
 * A chain link recorded outside the table (`AuditAnchorStore`: write-once files locally, an S3
 * bucket with Object Lock in compliance mode in AWS), where the table's writers cannot change it.
 */
export interface AuditAnchor {
  readonly nominationId: string;
  readonly seq: number;
  readonly hash: string;
}

export type ChainVerification =
  | { readonly valid: true }
  | { readonly valid: false; readonly brokenAt: number; readonly reason: ChainBreak };

/** Only the fields of the body, so attributes the store adds (keys, `type`) never enter the hash. */
export function eventBody(event: AuditEventBody): AuditEventBody {
  const { nominationId, seq, action, actor, at, from, to, reason, data } = event;
  return {
    nominationId,
    seq,
    action,
    actor: {
      userId: actor.userId,
      role: actor.role,
      ...(actor.name === undefined ? {} : { name: actor.name }),
    },
    at,
    from,
    to,
    ...(reason === undefined ? {} : { reason }),
    ...(data === undefined ? {} : { data }),
  };
}

export function hashEvent(prevHash: string, body: AuditEventBody): string {
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalJson(eventBody(body)))
    .digest('hex');
}

/** Links the next event to the chain; `previous` is `null` for the first event. */
export function chainEvent(previous: ChainHead | null, body: AuditEventBody): AuditEvent {
  const expectedSeq = (previous?.seq ?? 0) + 1;
  if (body.seq !== expectedSeq) {
    throw new RangeError(`chainEvent: expected seq ${expectedSeq}, got ${body.seq}`);
  }
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return { ...eventBody(body), prevHash, hash: hashEvent(prevHash, body) };
}

/**
 * Recomputes every link of a chain given in sequence order, and names the first broken one:
 * a gap or duplicate in `seq`, a `prevHash` that is not the previous event's hash, or a stored
 * `hash` that does not match the event's content. With `head` (the nomination's last seq and
 * hash), a trail cut short at its end is caught too.
 */
export function verifyAuditChain(
  events: readonly AuditEvent[],
  { head }: { head?: ChainHead } = {},
): ChainVerification {
  let previous: ChainHead = { seq: 0, hash: GENESIS_HASH };
  for (const event of events) {
    const expectedSeq = previous.seq + 1;
    if (event.seq !== expectedSeq) return { valid: false, brokenAt: expectedSeq, reason: 'missing-seq' };
    if (event.prevHash !== previous.hash) {
      return { valid: false, brokenAt: event.seq, reason: 'prev-hash-mismatch' };
    }
    if (hashEvent(event.prevHash, event) !== event.hash) {
      return { valid: false, brokenAt: event.seq, reason: 'hash-mismatch' };
    }
    previous = { seq: event.seq, hash: event.hash };
  }
  if (head !== undefined && (head.seq !== previous.seq || head.hash !== previous.hash)) {
    // Cut short: the first missing event. Longer than the head: the first unaccounted one.
    const brokenAt =
      head.seq > previous.seq ? previous.seq + 1 : head.seq < previous.seq ? head.seq + 1 : head.seq;
    return { valid: false, brokenAt, reason: 'head-mismatch' };
  }
  return { valid: true };
}

/**
 * Compares a chain (already verified link by link) with its anchors. A chain rewritten
 * consistently from some event on verifies by itself, but not against the anchors taken of the
 * original: the anchored hash of that seq differs (`anchor-mismatch`), or the rewrite was anchored
 * too and one seq now has two anchored hashes (`anchor-conflict`), or anchored events are gone
 * (`anchored-event-missing`). Events newer than the last anchor are not yet anchored, not broken.
 */
export function verifyAgainstAnchors(
  events: readonly AuditEvent[],
  anchors: readonly AuditAnchor[],
): ChainVerification & { readonly anchoredThrough: number } {
  const bySeq = new Map<number, Set<string>>();
  for (const anchor of anchors) {
    const hashes = bySeq.get(anchor.seq) ?? new Set<string>();
    hashes.add(anchor.hash);
    bySeq.set(anchor.seq, hashes);
  }
  const anchoredThrough = Math.max(0, ...bySeq.keys());
  const seqs = [...bySeq.keys()].sort((a, b) => a - b);
  for (const seq of seqs) {
    const hashes = bySeq.get(seq) as Set<string>;
    if (hashes.size > 1) return { valid: false, brokenAt: seq, reason: 'anchor-conflict', anchoredThrough };
    const event = events.find((e) => e.seq === seq);
    if (!event) return { valid: false, brokenAt: seq, reason: 'anchored-event-missing', anchoredThrough };
    if (!hashes.has(event.hash))
      return { valid: false, brokenAt: seq, reason: 'anchor-mismatch', anchoredThrough };
  }
  return { valid: true, anchoredThrough };
}
