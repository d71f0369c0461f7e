import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors';
import type { VoteChoice } from '../../domain/workflow';
import type { Principal } from '../../http/principal';
import type { TransitionExtra } from '../../store';
import { auditActor } from '../audit/audit-actor';
import type { AppPorts } from '../ports';
import { type CouncilLevelSpec, DEPARTMENT_COUNCIL } from './council-level';
import { assertOpen, loadMeeting } from './load-meeting';

export interface CastVoteInput {
  readonly nominationId: string;
  readonly choice: VoteChoice;
}

/** Votes of different members on one nomination race for its version; each retries this often. */
const ATTEMPTS = 8;

/**
 * A council member votes on one agenda item, once (`VOTE_ALREADY_CAST`, 409). A recused member
 * (the nominee, or in the nominee's unit) is refused (403). An open ballot stores the choice with
 * the member; a secret ballot stores only that the member voted, and puts the choice in the
 * ballot box table (no stream, no time, random key: `shared/store/ballot-table.ts`), so no item,
 * stream record or audit event links a member to a choice.
 * Each council (`spec`: a Sở's or the province's) votes into its own ballot box.
 */
export function makeCastVote(
  ports: Pick<AppPorts, 'councils' | 'nominations'>,
  spec: CouncilLevelSpec = DEPARTMENT_COUNCIL,
) {
  return async (principal: Principal, meetingId: string, input: CastVoteInput) => {
    const meeting = await loadMeeting(ports.councils, principal, meetingId, spec);
    assertOpen(meeting);
    const item = meeting.agenda.find((a) => a.nominationId === input.nominationId);
    if (!item)
      throw new NotFoundError(
        'agenda_item',
        input.nominationId,
        'Đề nghị này không có trong chương trình họp.',
      );
    const memberId = principal.userId;
    if (!meeting.members.some((m) => m.memberId === memberId)) {
      throw new ForbiddenError('COUNCIL_NOT_MEMBER', 'Bạn không phải thành viên biểu quyết của Hội đồng.');
    }
    if (item.recused.includes(memberId)) {
      throw new ForbiddenError(
        'COUNCIL_MEMBER_RECUSED',
        'Thành viên là người được đề nghị hoặc cùng đơn vị với người được đề nghị nên không tham gia biểu quyết.',
      );
    }
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
    for (let attempt = 1; ; attempt++) {
      const nomination = await ports.nominations.get(item.nominationId);
      if (nomination?.state !== spec.votingState) {
        throw new ConflictError(
          'NOMINATION_STATE_CONFLICT',
          'Hồ sơ đề nghị không còn ở trạng thái biểu quyết.',
        );
      }
      try {
        await ports.nominations.transition({
          id: nomination.id,
          expectedVersion: nomination.version,
          from: spec.votingState,
          to: spec.votingState,
          event: {
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
        });
        return {
          meetingId,
          nominationId: item.nominationId,
          memberId,
          ballot: item.policy.ballot,
          ...(secret ? {} : { choice: input.choice }),
        };
      } catch (error) {
        // Another member's vote moved the version: this vote does not depend on it, so try again.
        const raced = error instanceof ConflictError && error.code === 'NOMINATION_VERSION_CONFLICT';
        if (!raced || attempt >= ATTEMPTS) throw error;
      }
    }
  };
}
