import * as z from 'zod/mini';
import { day, instant, named, page } from './common';
import { registryChange } from './directory';
import { awardCode } from './vocabulary';

const seat = z.enum(['chair', 'vice_chair', 'secretary', 'member']);
const fraction = named('Fraction', z.object({ num: z.int(), den: z.int() }));
const memberName = z.object({ memberId: z.string(), name: z.string() });

export const councilSeat = named(
  'CouncilSeat',
  z.object({
    memberId: z.string(),
    name: z.string(),
    email: z.string(),
    seat,
    seatLabel: z.string(),
    votes: z.boolean(),
    position: z.optional(z.string()),
    unitId: z.optional(z.string()),
    from: z.optional(day),
    until: z.optional(day),
    /** Whether the term covers today. */
    inForce: z.boolean(),
    version: z.int(),
  }),
);

export const council = z.object({
  organisationId: z.string(),
  level: z.optional(z.enum(['department', 'province'])),
  name: z.string(),
  members: z.array(councilSeat),
});

/** A seat's changes, as the directory's change log records them. */
export const seatChangePage = page(registryChange);

export const votingPolicy = named(
  'VotingPolicy',
  z.object({
    ballot: z.enum(['open', 'secret']),
    quorum: fraction,
    threshold: fraction,
    denominator: z.enum(['all_members', 'eligible_members', 'present_members']),
    writtenOpinionsAllowed: z.boolean(),
  }),
);

const voteChoice = z.enum(['approve', 'reject', 'abstain']);

export const tally = named(
  'Tally',
  z.object({
    outcome: z.enum(['passed', 'failed', 'no_quorum']),
    outcomeLabel: z.string(),
    ballot: z.enum(['open', 'secret']),
    memberCount: z.int(),
    presentCount: z.int(),
    quorum: fraction,
    quorumReached: z.boolean(),
    recusedCount: z.int(),
    declaredCount: z.optional(z.int()),
    denominator: z.int(),
    approvals: z.int(),
    rejections: z.int(),
    abstentions: z.int(),
    ratio: fraction,
    threshold: fraction,
    voters: z.array(z.string()),
    roll: z.optional(z.array(z.object({ memberId: z.string(), name: z.string(), choice: voteChoice }))),
  }),
);

export const agendaItem = named(
  'AgendaItem',
  z.object({
    nominationId: z.string(),
    awardCode,
    nomineeName: z.string(),
    ballot: z.enum(['open', 'secret']),
    policy: votingPolicy,
    recused: z.array(memberName),
    /** Members who declared a conflict of interest on the item, with their reasons. */
    conflicts: z.array(z.object({ memberId: z.string(), name: z.string(), reason: z.string(), at: instant })),
    voters: z.array(memberName),
    /** Open ballot only: who voted what. */
    votes: z.optional(z.array(z.object({ memberId: z.string(), name: z.string(), choice: voteChoice }))),
    tally: z.optional(tally),
  }),
);

export const meeting = named(
  'Meeting',
  z.object({
    id: z.string(),
    organisationId: z.string(),
    level: z.enum(['department', 'province']),
    status: z.enum(['open', 'closed']),
    statusLabel: z.string(),
    heldOn: day,
    heldOnLabel: z.string(),
    /** How the minutes name it; absent when none was given. */
    name: z.optional(z.string()),
    members: z.array(z.object({ memberId: z.string(), name: z.string(), seat, present: z.boolean() })),
    agenda: z.array(agendaItem),
    closedAt: z.optional(instant),
  }),
);

export const meetingPage = page(meeting);

/** A vote as recorded: a secret ballot's answer carries no choice. */
export const voteReceipt = z.object({
  meetingId: z.string(),
  nominationId: z.string(),
  memberId: z.string(),
  ballot: z.enum(['open', 'secret']),
  choice: z.optional(voteChoice),
});

export const conflictReceipt = z.object({
  meetingId: z.string(),
  nominationId: z.string(),
  memberId: z.string(),
  reason: z.string(),
});
