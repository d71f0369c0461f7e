import { ValidationError } from '../../domain/errors';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { loadVisibleDocument } from './load-document';
import { documentView } from './view';

/** One decision or tờ trình with its annex of awardees (404 when not the caller's to see). */
export function makeGetDecision(ports: Pick<AppPorts, 'documents'>) {
  return async (principal: Principal, id: string) =>
    documentView(await loadVisibleDocument(ports.documents, principal, id));
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
    return { items: result.items.map(documentView), ...(result.cursor ? { cursor: result.cursor } : {}) };
  };
}
