import { ValidationError } from '../../domain/errors';
import type { IssuedDocument } from '../../store';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { loadVisibleDocument } from './load-document';
import { documentView } from './view';

/**
 * The awards of a decision revoked since it was signed, among those the caller may know of: all
 * of them for the issuer's staff, its own organisation's for a Sở reading the province's decision
 * (another Sở's revocations are in revoking decisions it does not see). Read in one request per
 * hundred awardees, not one per awardee.
 */
async function revokedSince(
  ports: Pick<AppPorts, 'nominations'>,
  principal: Principal,
  document: IssuedDocument,
): Promise<ReadonlySet<string>> {
  if (document.kind !== 'decision') return new Set();
  const known = document.entries
    .filter((e) => document.issuerId === principal.orgId || e.organisationId === principal.orgId)
    .map((e) => e.nominationId);
  if (known.length === 0) return new Set();
  const nominations = await ports.nominations.getManyHeads(known);
  return new Set(nominations.filter((n) => n.state === 'revoked').map((n) => n.id));
}

/**
 * One decision or tờ trình with its annex of awardees (404 when not the caller's to see); each
 * award revoked since is marked so (`revoked`), for the caller's own awardees.
 */
export function makeGetDecision(ports: Pick<AppPorts, 'documents' | 'nominations'>) {
  return async (principal: Principal, id: string) => {
    const document = await loadVisibleDocument(ports.documents, principal, id);
    return documentView(document, await revokedSince(ports, principal, document));
  };
}

export interface ListDecisionsQuery {
  readonly year?: number;
  readonly kind?: 'decision' | 'submission';
  readonly cursor?: string;
  readonly limit?: number;
}

/**
 * The caller's organisation's decisions (with revoking ones) or tờ trình, by year and number:
 * one query on GSI1, never a scan.
 */
export function makeListDecisions(ports: Pick<AppPorts, 'documents'>) {
  return async (principal: Principal, query: ListDecisionsQuery) => {
    if (!principal.orgId) {
      throw new ValidationError([
        { path: 'orgId', code: 'required', message: 'Tài khoản chưa gắn với cơ quan.' },
      ]);
    }
    const { kind = 'decision', year, ...page } = query;
    const result = await ports.documents.listByIssuer(principal.orgId, kind === 'decision' ? 'QD' : 'TTR', {
      ...page,
      ...(year === undefined ? {} : { year }),
    });
    return {
      items: result.items.map((d) => documentView(d)),
      ...(result.cursor ? { cursor: result.cursor } : {}),
    };
  };
}
