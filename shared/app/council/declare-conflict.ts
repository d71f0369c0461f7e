import { auditActor } from '../audit/audit-actor';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { type CouncilLevelSpec, DEPARTMENT_COUNCIL } from './council-level';
import { loadMemberItem, recordOnItem } from './member-item';

export interface DeclareConflictInput {
  readonly nominationId: string;
  /** Why the member stands aside (kinship, a working tie…); goes into the minutes. */
  readonly reason: string;
}

/**
 * A council member declares a conflict of interest on one agenda item, besides the automatic
 * recusal. National texts leave how a council works to the quy chế its head issues (NĐ 98/2023
 * Điều 49, see DOMAIN.md); standing aside from what concerns oneself is what they ask. The declaration takes the member's one
 * place on the item, so it is atomic with the votes: after a vote it is refused
 * (`VOTE_ALREADY_CAST`), and a vote after it is refused (`COUNCIL_CONFLICT_DECLARED`), whichever
 * transaction comes second. The tally counts the member as recused (the denominator follows the
 * council's rule), and the reason is kept in the nomination's audit trail and the meeting.
 */
export function makeDeclareConflict(
  ports: Pick<AppPorts, 'councils' | 'nominations'>,
  spec: CouncilLevelSpec = DEPARTMENT_COUNCIL,
) {
  return async (principal: Principal, meetingId: string, input: DeclareConflictInput) => {
    // The nomination is read beside the meeting (one round trip of latency, not two); it is used
    // only once the caller is known to be a member who may act on the item.
    const read = ports.nominations.get(input.nominationId);
    read.catch(() => undefined);
    const { item, memberId } = await loadMemberItem(
      ports.councils,
      principal,
      meetingId,
      input.nominationId,
      spec,
    );
    await recordOnItem(
      ports.nominations,
      spec,
      item.nominationId,
      {
        action: 'declare_conflict',
        actor: auditActor(principal, 'council_member'),
        reason: input.reason,
        data: { notify: [], meetingId },
      },
      [{ kind: 'vote', memberId, conflictReason: input.reason, box: spec.level }],
      read,
    );
    return { meetingId, nominationId: item.nominationId, memberId, reason: input.reason };
  };
}
