import { ValidationError } from '../../domain/errors';
import type { Principal } from '../../http/principal';
import { type IssuePorts, issueDocument } from './issue-document';
import { loadVisibleDocument } from './load-document';
import { documentView } from './view';

export interface RevokeInput {
  readonly nominationIds: readonly string[];
  readonly reason: string;
  readonly summary?: string;
}

/**
 * Revokes awards of a decision with a revoking decision of the same issuer (`revoke`): a new
 * `…/QĐ-<issuer>` that links to the revoked one; each nomination records it as its `revocation`
 * and moves to `revoked`. Nothing is deleted: the original decision stays as it was signed.
 */
export function makeRevokeDecision(ports: IssuePorts) {
  return async (principal: Principal, decisionId: string, input: RevokeInput) => {
    const original = await loadVisibleDocument(ports.documents, principal, decisionId, { issuerOnly: true });
    const listed = new Set(original.entries.map((e) => e.nominationId));
    const stranger = input.nominationIds.findIndex((id) => !listed.has(id));
    if (original.kind !== 'decision' || stranger >= 0) {
      throw new ValidationError([
        {
          path: stranger >= 0 ? `nominationIds.${stranger}` : 'decisionId',
          code: 'not_in_decision',
          message: 'Chỉ hủy bỏ được khen thưởng có trong quyết định khen thưởng này.',
        },
      ]);
    }
    const { document } = await issueDocument(ports, {
      principal,
      kind: 'revocation',
      series: 'QD',
      action: 'revoke',
      nominationIds: input.nominationIds,
      summary: input.summary ?? `Về việc hủy bỏ khen thưởng tại Quyết định số ${original.number}`,
      reason: input.reason,
      revokes: original.id,
      facts: (ref) => ({ decision: ref, reason: input.reason }),
    });
    await ports.documents.markIssued(document.id);
    return documentView({ ...document, status: 'issued' });
  };
}
