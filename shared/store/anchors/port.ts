import type { AuditAnchor } from '../audit-chain';

/**
 * Where chain links are anchored outside the table: write-once, never changed or deleted by
 * anyone who can write the table (`file-anchor-store.ts` locally, `s3-anchor-store.ts` on an S3
 * bucket with Object Lock in compliance mode in AWS). The key names the link, hash included, so a
 * rewritten event anchors beside the original instead of over it.
 */
export interface AuditAnchorStore {
  /** Records a link; the same link again is a no-op (a redelivered stream record). */
  put(anchor: AuditAnchor): Promise<void>;
  /** Every link anchored for a nomination, in no particular order. */
  list(nominationId: string): Promise<readonly AuditAnchor[]>;
}

/** `<nominationId>/<seq, 10 digits>-<hash>`: the object key (or file path) of a link. */
export const anchorKey = (anchor: AuditAnchor): string =>
  `${anchor.nominationId}/${String(anchor.seq).padStart(10, '0')}-${anchor.hash}`;

const LINK = /^(\d{10})-([0-9a-f]{64})$/;

/** The link a key names, or `undefined` for anything else under the prefix. */
export function anchorOfKey(nominationId: string, name: string): AuditAnchor | undefined {
  const match = LINK.exec(name);
  if (!match?.[1] || !match[2]) return undefined;
  return { nominationId, seq: Number(match[1]), hash: match[2] };
}

/** Nomination ids are `[A-Za-z0-9_-]` (identifier schema); anything else must not reach a path. */
export function assertSafeNominationId(nominationId: string): void {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(nominationId))
    throw new Error(`unsafe nomination id for an anchor: ${nominationId}`);
}
