import { type Ballots, VOTE_CHOICES, type VoteChoice } from '../../domain/workflow';
import type { AgendaItem, BallotBox, NominationRepository, PageRequest, Vote } from '../../store';

/** Every vote recorded on a nomination in one ballot box (tens of members: a page or two). */
export async function listAllVotes(
  nominations: Pick<NominationRepository, 'listVotes'>,
  nominationId: string,
  box: BallotBox = 'department',
): Promise<Vote[]> {
  const votes: Vote[] = [];
  let page: PageRequest = { limit: 100 };
  for (;;) {
    const result = await nominations.listVotes(nominationId, page, box);
    votes.push(...result.items);
    if (!result.cursor) return votes;
    page = { limit: 100, cursor: result.cursor };
  }
}

/** A member's place on an item holds a vote, or their declared conflict of interest. */
export const isConflictDeclaration = (v: Vote): boolean => v.conflictReason !== undefined;

/**
 * The ballots of one agenda item as the tally reads them, and the members who declared a conflict
 * of interest on it. Open: each member's choice. Secret: the ballot box (counts from the running
 * tally, expanded to choices) and, apart, the list of members who took a ballot: two lists with
 * no link between them.
 */
export async function readBallots(
  nominations: Pick<NominationRepository, 'listVotes' | 'getTally'>,
  item: AgendaItem,
  box: BallotBox = 'department',
): Promise<{ ballots: Ballots; declared: string[] }> {
  const places = await listAllVotes(nominations, item.nominationId, box);
  const declared = places.filter(isConflictDeclaration).map((v) => v.memberId);
  const votes = places.filter((v) => !isConflictDeclaration(v));
  if (item.policy.ballot === 'open') {
    return {
      ballots: {
        ballot: 'open',
        votes: votes.map((v) => ({ memberId: v.memberId, choice: v.choice as VoteChoice })),
      },
      declared,
    };
  }
  const counts = await nominations.getTally(item.nominationId, box);
  const choices = VOTE_CHOICES.flatMap((choice) => Array.from({ length: counts[choice] ?? 0 }, () => choice));
  return { ballots: { ballot: 'secret', choices, voters: votes.map((v) => v.memberId) }, declared };
}
