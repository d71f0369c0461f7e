import { ConflictError } from '../../domain/errors';
import type { VoteChoice } from '../../domain/workflow';
import type { TransitionExtra } from '../../store';
import { auditActor } from '../audit/audit-actor';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { type CouncilLevelSpec, DEPARTMENT_COUNCIL } from './council-level';
import { loadMemberItem, recordOnItem } from './member-item';

export interface CastVoteInput {
  readonly nominationId: string;
  readonly choice: VoteChoice;
}

/**
 * A council member votes on one agenda item, once (`VOTE_ALREADY_CAST`, 409). A recused member
 * (the nominee, or in the nominee's unit) is refused (403); one who declared a conflict of
 * interest on the item too (`COUNCIL_CONFLICT_DECLARED`, 409). An open ballot stores the choice
 * with the member; a secret ballot stores only that the member voted, and puts the choice in the
 * ballot box table (no stream, no time, random key: `shared/store/ballot-table.ts`), so no item,
 * stream record or audit event links a member to a choice.
 * Each council (`spec`: a Sở's or the province's) votes into its own ballot box.
 */
export function makeCastVote(
  ports: Pick<AppPorts, 'councils' | 'nominations'>,
  spec: CouncilLevelSpec = DEPARTMENT_COUNCIL,
) {
  return async (principal: Principal, meetingId: string, input: CastVoteInput) => {
    // The nomination is read beside the meeting (one round trip of latency, not two); it is used
    // only once the caller is known to be a member who may act on the item.
    const read = ports.nominations.get(input.nominationId);
    read.catch(() => undefined);
    const { meeting, item, memberId } = await loadMemberItem(
      ports.councils,
      principal,
      meetingId,
      input.nominationId,
      spec,
    );
    if (!meeting.present.includes(memberId) && !item.policy.writtenOpinionsAllowed) {
      throw new ConflictError(
        'COUNCIL_MEMBER_ABSENT',
        'Quy chế không cho phép thành viên vắng mặt biểu quyết.',
      );
    }
    const secret = item.policy.ballot === 'secret';
    const box = spec.level;
    // Secret: the marker (who voted) in the main table, the choice in the ballot box table, in one
    // transaction; nothing that holds the choice is streamed, timed or ordered by voter.
    const extras: TransitionExtra[] = secret
      ? [
          { kind: 'vote', memberId, box },
          { kind: 'ballot', choice: input.choice, box },
        ]
      : [{ kind: 'vote', memberId, choice: input.choice, box }];
    await recordOnItem(
      ports.nominations,
      spec,
      item.nominationId,
      {
        action: 'vote',
        actor: auditActor(principal, 'council_member'),
        data: {
          notify: [],
          meetingId,
          ballot: item.policy.ballot,
          ...(secret ? {} : { choice: input.choice }),
        },
      },
      extras,
      read,
    );
    return {
      meetingId,
      nominationId: item.nominationId,
      memberId,
      ballot: item.policy.ballot,
      ...(secret ? {} : { choice: input.choice }),
    };
  };
}
