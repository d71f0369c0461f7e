import { ConflictError, NotFoundError } from '../../domain/errors';
import type { Principal } from '../../http/principal';
import type { CouncilRepository, Meeting } from '../../store';

/** A meeting of the caller's own organisation; any other id answers as a missing one (404). */
export async function loadMeeting(
  councils: Pick<CouncilRepository, 'getMeeting'>,
  principal: Principal,
  id: string,
): Promise<Meeting> {
  const meeting = await councils.getMeeting(id);
  if (!meeting || meeting.organisationId !== principal.orgId) {
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
