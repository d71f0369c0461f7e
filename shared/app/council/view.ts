import { formatViDate } from '../../domain/rules';
import type { TallyResult } from '../../domain/workflow';
import type { VoteChoice } from '../../domain/workflow/tally';
import type { Meeting, Vote } from '../../store';
import { isConflictDeclaration } from './read-ballots';

const STATUS_LABELS = { open: 'Đang họp', closed: 'Đã kết thúc' } as const;

const OUTCOME_LABELS = {
  passed: 'Thông qua',
  failed: 'Không thông qua',
  no_quorum: 'Không đủ số thành viên tham dự',
} as const;

function tallyView(tally: TallyResult, names: ReadonlyMap<string, string>) {
  const { roll, ...counts } = tally;
  return {
    ...counts,
    outcomeLabel: OUTCOME_LABELS[tally.outcome],
    ...(roll ? { roll: roll.map((v) => ({ ...v, name: names.get(v.memberId) ?? v.memberId })) } : {}),
  };
}

/**
 * A meeting as its council sees it. While it is open: who has voted on each item and, for an
 * open ballot only, how; a secret ballot shows neither choices nor running counts (counts that
 * move with each vote would tell who voted how). Once closed: each item's tally.
 */
export function meetingView(meeting: Meeting, votes: ReadonlyMap<string, readonly Vote[]>) {
  const names = new Map(meeting.members.map((m) => [m.memberId, m.name]));
  return {
    id: meeting.id,
    organisationId: meeting.organisationId,
    level: meeting.level ?? 'department',
    status: meeting.status,
    statusLabel: STATUS_LABELS[meeting.status],
    heldOn: meeting.heldOn,
    heldOnLabel: formatViDate(meeting.heldOn),
    ...(meeting.name ? { name: meeting.name } : {}),
    members: meeting.members.map((m) => ({
      memberId: m.memberId,
      name: m.name,
      seat: m.seat,
      present: meeting.present.includes(m.memberId),
    })),
    agenda: meeting.agenda.map((item) => {
      const places = votes.get(item.nominationId) ?? [];
      const cast = places.filter((v) => !isConflictDeclaration(v));
      return {
        nominationId: item.nominationId,
        awardCode: item.awardCode,
        nomineeName: item.nomineeName,
        ballot: item.policy.ballot,
        policy: item.policy,
        recused: item.recused.map((id) => ({ memberId: id, name: names.get(id) ?? id })),
        /** Members who declared a conflict of interest on this item, with their reasons (minutes). */
        conflicts: places.filter(isConflictDeclaration).map((v) => ({
          memberId: v.memberId,
          name: names.get(v.memberId) ?? v.memberId,
          reason: v.conflictReason ?? '',
          at: v.at,
        })),
        voters: cast.map((v) => ({ memberId: v.memberId, name: names.get(v.memberId) ?? v.memberId })),
        ...(item.policy.ballot === 'open'
          ? {
              votes: cast.map((v) => ({
                memberId: v.memberId,
                name: names.get(v.memberId) ?? v.memberId,
                // An open ballot's vote always carries its choice (only a secret one is unlinked).
                choice: v.choice as VoteChoice,
              })),
            }
          : {}),
        ...(item.tally ? { tally: tallyView(item.tally, names) } : {}),
      };
    }),
    ...(meeting.closedAt ? { closedAt: meeting.closedAt } : {}),
  };
}
