import { NotFoundError, ValidationError } from '../../domain/errors';
import type { Principal } from '../../http/principal';
import type { IssuedDocument, Nomination, PersonRepository } from '../../store';
import type { AppPorts } from '../ports';
import { type IssuePorts, issueDocument } from './issue-document';
import { loadVisibleDocument } from './load-document';
import { awardHolderOf } from './nominee';
import { documentView } from './view';

/**
 * Marks each revoked award in its holder's history (the entry `recordAwards` wrote under the
 * granting decision's id). Safe to run again; a nominee without a person record has no history.
 */
async function markRevoked(
  persons: Pick<PersonRepository, 'markAwardRevoked'>,
  grantedBy: string,
  revoking: IssuedDocument,
  nominations: readonly Nomination[],
): Promise<void> {
  for (const n of nominations) {
    const holder = awardHolderOf(n);
    if (!holder) continue;
    try {
      await persons.markAwardRevoked({
        holder,
        year: n.year,
        awardCode: n.awardCode,
        entryId: grantedBy,
        revokedBy: { decisionId: revoking.id, number: revoking.number },
      });
    } catch (error) {
      // An award the decision never added to a history (e.g. recorded by hand under another id).
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
}

export interface RevokeInput {
  readonly nominationIds: readonly string[];
  readonly reason: string;
  readonly summary?: string;
}

/**
 * Revokes awards of a decision with a revoking decision of the same issuer (`revoke`): a new
 * `…/QĐ-<issuer>` that links to the revoked one; each nomination records it as its `revocation`
 * and moves to `revoked`. Nothing is deleted: the original decision stays as it was signed, and
 * each award stays in its holder's history marked `revokedBy` the revoking decision, so later
 * prerequisite checks ("3 consecutive CSTĐCS") no longer count it. A revocation gives back no
 * quota place and no initiative (docs/workflow.md).
 */
export function makeRevokeDecision(ports: IssuePorts & Pick<AppPorts, 'persons'>) {
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
    const { document, nominations } = await issueDocument(ports, {
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
    await markRevoked(ports.persons, original.id, document, nominations);
    await ports.documents.markIssued(document.id);
    return documentView({ ...document, status: 'issued' });
  };
}
