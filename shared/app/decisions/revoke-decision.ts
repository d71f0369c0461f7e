import pMap from 'p-map';
import { ValidationError } from '../../domain/errors';
import type { AwardRevocation, Nomination, PersonRepository } from '../../store';
import { allPages } from '../../store/all-pages';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { type IssuePorts, issueDocument } from './issue-document';
import { loadVisibleDocument } from './load-document';
import { awardHolderOf } from './nominee';
import { documentView } from './view';

/** Award histories read at once, at most, when a decision is revoked. */
const HISTORIES_AT_ONCE = 16;

/**
 * The history entries a revocation annuls: those the granting decision added (under its id) that
 * are still there. An award never added to a history (a nominee without a person record, or an
 * entry recorded by hand under another id) has nothing to mark.
 */
async function revocationsOf(
  persons: Pick<PersonRepository, 'listAwardHistory'>,
  grantedBy: string,
  nominations: readonly Nomination[],
): Promise<Map<string, Omit<AwardRevocation, 'revokedBy'>>> {
  // A decision names up to 500 awardees: their histories are read side by side, a few at a time.
  const revocations = await pMap(
    nominations,
    async (n) => {
      const holder = awardHolderOf(n);
      if (!holder) return undefined;
      const history = await allPages((page) => persons.listAwardHistory(holder, page));
      const entry = history.find(
        (e) => e.entryId === grantedBy && e.awardCode === n.awardCode && e.year === n.year,
      );
      return entry
        ? ([n.id, { holder, year: n.year, awardCode: n.awardCode, entryId: grantedBy }] as const)
        : undefined;
    },
    { concurrency: HISTORIES_AT_ONCE },
  );
  return new Map(revocations.filter((r) => r !== undefined));
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
 * each award stays in its holder's history marked `revokedBy` the revoking decision (in the same
 * transaction as the revoking decision), so later
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
      // Each award is marked revoked in the same transaction as the revoking decision.
      extras: async (batch) => {
        const revocations = await revocationsOf(ports.persons, original.id, batch);
        return (nomination, ref) => {
          const revocation = revocations.get(nomination.id);
          const revokedBy = { decisionId: ref.decisionId, number: ref.number };
          return revocation ? [{ kind: 'award-revoke', revocation: { ...revocation, revokedBy } }] : [];
        };
      },
    });
    return documentView(document);
  };
}
