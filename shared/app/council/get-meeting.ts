import type { Principal } from '../../http/principal';
import type { PageRequest, Vote } from '../../store';
import type { AppPorts } from '../ports';
import { loadMeeting } from './load-meeting';
import { listAllVotes } from './read-ballots';
import { meetingView } from './view';

/** One meeting of the caller's organisation, with who voted (and how, for an open ballot). */
export function makeGetMeeting(ports: Pick<AppPorts, 'councils' | 'nominations'>) {
  return async (principal: Principal, id: string) => {
    const meeting = await loadMeeting(ports.councils, principal, id);
    const votes = new Map<string, readonly Vote[]>();
    for (const item of meeting.agenda)
      votes.set(item.nominationId, await listAllVotes(ports.nominations, item.nominationId));
    return meetingView(meeting, votes);
  };
}

/** The caller's organisation's meetings, oldest first (one query on GSI1). */
export function makeListMeetings(ports: Pick<AppPorts, 'councils'>) {
  return async (principal: Principal, page: PageRequest) => {
    const result = await ports.councils.listMeetings(principal.orgId ?? '', page);
    return {
      items: result.items.map((m) => meetingView(m, new Map())),
      ...(result.cursor ? { cursor: result.cursor } : {}),
    };
  };
}
