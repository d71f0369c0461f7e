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

/**
 * The ballots of one agenda item as the tally reads them. Open: each member's choice. Secret: the
 * ballot box (counts from the running tally, expanded to choices) and, apart, the list of members
 * who took a ballot: two lists with no link between them.
 */
export async function readBallots(
  nominations: Pick<NominationRepository, 'listVotes' | 'getTally'>,
  item: AgendaItem,
  box: BallotBox = 'department',
): Promise<Ballots> {
  const votes = await listAllVotes(nominations, item.nominationId, box);
  if (item.policy.ballot === 'open') {
    return {
      ballot: 'open',
      votes: votes.map((v) => ({ memberId: v.memberId, choice: v.choice as VoteChoice })),
    };
  }
  const counts = await nominations.getTally(item.nominationId, box);
  const choices = VOTE_CHOICES.flatMap((choice) => Array.from({ length: counts[choice] ?? 0 }, () => choice));
  return { ballot: 'secret', choices, voters: votes.map((v) => v.memberId) };
}
