import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors';
import type { AgendaItem, ChangeEvent, Meeting, Nomination, TransitionExtra } from '../../store';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import type { CouncilLevelSpec } from './council-level';
import { assertOpen, loadMeeting } from './load-meeting';

/**
 * The agenda item a council member acts on (votes, or declares a conflict of interest): the
 * meeting is open, the item on its agenda, the caller holds a voting seat and is not recused by
 * the rule (the nominee, or in the nominee's unit).
 */
export async function loadMemberItem(
  councils: AppPorts['councils'],
  principal: Principal,
  meetingId: string,
  nominationId: string,
  spec: CouncilLevelSpec,
): Promise<{ meeting: Meeting; item: AgendaItem; memberId: string }> {
  const meeting = await loadMeeting(councils, principal, meetingId, spec);
  assertOpen(meeting);
  const item = meeting.agenda.find((a) => a.nominationId === nominationId);
  if (!item)
    throw new NotFoundError('agenda_item', nominationId, 'Đề nghị này không có trong chương trình họp.');
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
  return { meeting, item, memberId };
}

/** Members acting on one nomination race for its version; each retries this often. */
const ATTEMPTS = 8;

/**
 * Writes a member's act on an item as a self-transition of the nomination in its voting state,
 * with the act's records (`extras`) in the same transaction. Another member's act moving the
 * version does not change this one, so a lost race is retried; anything else is final.
 */
export async function recordOnItem(
  nominations: AppPorts['nominations'],
  spec: CouncilLevelSpec,
  nominationId: string,
  event: ChangeEvent,
  extras: readonly TransitionExtra[],
  /** The nomination as already read (`loadMemberItemWithNomination`), for the first attempt. */
  read?: Promise<Nomination | undefined>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const nomination = attempt === 1 && read ? await read : await nominations.get(nominationId);
    if (nomination?.state !== spec.votingState) {
      throw new ConflictError(
        'NOMINATION_STATE_CONFLICT',
        'Hồ sơ đề nghị không còn ở trạng thái biểu quyết.',
      );
    }
    try {
      await nominations.transition({
        id: nomination.id,
        expectedVersion: nomination.version,
        from: spec.votingState,
        to: spec.votingState,
        event,
        extras: [...extras],
        // Just read to check its state: the store need not read it again.
        current: nomination,
      });
      return;
    } catch (error) {
      const raced = error instanceof ConflictError && error.code === 'NOMINATION_VERSION_CONFLICT';
      if (!raced || attempt >= ATTEMPTS) throw error;
    }
  }
}
