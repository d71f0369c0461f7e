import { ConflictError, NotFoundError } from '../../domain/errors';
import type { CouncilRepository, Meeting } from '../../store';
import type { Principal } from '../principal';
import { type CouncilLevelSpec, DEPARTMENT_COUNCIL } from './council-level';

/**
 * A meeting of the council `spec` names that the caller may see (a Sở's: its own organisation;
 * the province's: the province's people and whoever holds a seat); any other id, including a
 * meeting of the other level, answers as a missing one (404).
 */
export async function loadMeeting(
  councils: Pick<CouncilRepository, 'getMeeting'>,
  principal: Principal,
  id: string,
  spec: CouncilLevelSpec = DEPARTMENT_COUNCIL,
): Promise<Meeting> {
  const meeting = await councils.getMeeting(id);
  if (!meeting || !spec.canSee(principal, meeting)) {
    throw new NotFoundError('meeting', id, 'Không tìm thấy cuộc họp.');
  }
  return meeting;
}

/** Votes are cast and a meeting is closed only while it is open. */
export function assertOpen(meeting: Meeting): void {
  if (meeting.status !== 'open') {
    throw new ConflictError('MEETING_CLOSED', 'Cuộc họp đã kết thúc; không thể thực hiện thao tác này.', {
      meetingId: meeting.id,
    });
  }
}
