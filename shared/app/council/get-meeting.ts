import type { PageRequest, Vote } from '../../store';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { type CouncilLevelSpec, DEPARTMENT_COUNCIL, levelOf } from './council-level';
import { loadMeeting } from './load-meeting';
import { listAllVotes } from './read-ballots';
import { meetingView } from './view';

/** One meeting of the council, with who voted (and how, for an open ballot). */
export function makeGetMeeting(
  ports: Pick<AppPorts, 'councils' | 'nominations'>,
  spec: CouncilLevelSpec = DEPARTMENT_COUNCIL,
) {
  return async (principal: Principal, id: string) => {
    const meeting = await loadMeeting(ports.councils, principal, id, spec);
    // Each item's votes live in its own partition: one query each, side by side (an agenda holds
    // at most MAX_AGENDA items, within the client's 50 connections).
    const lists = await Promise.all(
      meeting.agenda.map((item) => listAllVotes(ports.nominations, item.nominationId, spec.level)),
    );
    const votes = new Map<string, readonly Vote[]>(
      meeting.agenda.map((item, i) => [item.nominationId, lists[i] ?? []]),
    );
    return meetingView(meeting, votes);
  };
}

/**
 * The meetings of the council the caller convenes (the Sở's own, or the province's), oldest
 * first: one query on GSI1.
 */
export function makeListMeetings(
  ports: Pick<AppPorts, 'councils' | 'organisations'>,
  spec: CouncilLevelSpec = DEPARTMENT_COUNCIL,
) {
  return async (principal: Principal, page: PageRequest) => {
    const organisationId = await spec.councilOf(ports, principal);
    if (!organisationId) return { items: [] };
    const result = await ports.councils.listMeetings(organisationId, page);
    return {
      items: result.items.filter((m) => levelOf(m) === spec.level).map((m) => meetingView(m, new Map())),
      ...(result.cursor ? { cursor: result.cursor } : {}),
    };
  };
}
