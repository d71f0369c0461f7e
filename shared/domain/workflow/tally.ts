import { type FieldIssue, ValidationError } from '../errors';
import type { Fraction, VotingPolicy } from '../voting-policy';
import { isValidShare, reachesShare, reduce } from './fraction';
import { type CouncilMember, type NomineeIdentity, recusedMembers } from './recusal';

export const VOTE_CHOICES = ['approve', 'reject', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** An open vote: each choice is linked to its member (show of hands, written opinion). */
export interface OpenVote {
  readonly memberId: string;
  readonly choice: VoteChoice;
}

/**
 * The ballots of one nomination. A secret ballot arrives as two unlinked lists: the choices from
 * the ballot box and the signatures on the attendance sheet of those who took a ballot.
 */
export type Ballots =
  | { readonly ballot: 'open'; readonly votes: readonly OpenVote[] }
  | {
      readonly ballot: 'secret';
      readonly choices: readonly VoteChoice[];
      readonly voters: readonly string[];
    };

export interface TallyInput {
  readonly policy: VotingPolicy;
  /** Every seat on the council, present or not. */
  readonly members: readonly CouncilMember[];
  /** Member ids present at the meeting. */
  readonly present: readonly string[];
  /** Used to recuse the nominee and members of the nominee's unit. */
  readonly nominee: NomineeIdentity;
  /**
   * Members who declared a conflict of interest on this item: recused like the automatic ones
   * (they do not vote, and the denominator treats them as recused).
   */
  readonly declared?: readonly string[];
  readonly ballots: Ballots;
}

export type TallyOutcome = 'passed' | 'failed' | 'no_quorum';

/** The tally (biên bản kiểm phiếu). For a secret ballot it holds counts only. */
export interface TallyResult {
  readonly outcome: TallyOutcome;
  readonly ballot: 'open' | 'secret';
  readonly memberCount: number;
  readonly presentCount: number;
  readonly quorum: Fraction;
  readonly quorumReached: boolean;
  /** Recused members: automatic ones and those who declared a conflict of interest. */
  readonly recusedCount: number;
  /** Of the recused, how many declared a conflict of interest themselves. */
  readonly declaredCount?: number;
  /** What the threshold is measured against (the policy's `denominator`), as a count. */
  readonly denominator: number;
  readonly approvals: number;
  readonly rejections: number;
  readonly abstentions: number;
  /** approvals / denominator, in lowest terms; 0/1 when the denominator is 0. */
  readonly ratio: Fraction;
  readonly threshold: Fraction;
  /** Sorted ids of members who voted: proves each voted at most once, and says nothing of how. */
  readonly voters: readonly string[];
  /** Open ballot only: who voted what, sorted by member id. */
  readonly roll?: readonly OpenVote[];
}

export type TallyOutcomeResult =
  | { readonly ok: true; readonly result: TallyResult }
  | { readonly ok: false; readonly error: ValidationError };

function collectInputIssues(input: TallyInput, recused: ReadonlySet<string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, code: string, message: string): void => {
    issues.push({ path, code, message });
  };
  const { policy, members, present, ballots } = input;
  if (!isValidShare(policy.quorum))
    add('policy.quorum', 'invalid_policy', 'Tỷ lệ tham dự tối thiểu không hợp lệ.');
  if (!isValidShare(policy.threshold))
    add('policy.threshold', 'invalid_policy', 'Tỷ lệ tán thành không hợp lệ.');
  if (ballots.ballot !== policy.ballot) {
    add('ballots.ballot', 'ballot_kind_mismatch', 'Hình thức bỏ phiếu không đúng quy định của Hội đồng.');
  }
  const memberIds = new Set<string>();
  members.forEach((member, i) => {
    if (memberIds.has(member.memberId)) add(`members.${i}`, 'duplicate_member', 'Thành viên bị trùng.');
    memberIds.add(member.memberId);
  });
  if (memberIds.size === 0) add('members', 'too_few', 'Hội đồng chưa có thành viên.');
  (input.declared ?? []).forEach((id, i) => {
    if (!memberIds.has(id))
      add(
        `declared.${i}`,
        'unknown_member',
        'Người khai báo xung đột lợi ích không phải thành viên Hội đồng.',
      );
  });
  const presentIds = new Set<string>();
  present.forEach((id, i) => {
    if (!memberIds.has(id))
      add(`present.${i}`, 'unknown_member', 'Người này không phải thành viên Hội đồng.');
    if (presentIds.has(id)) add(`present.${i}`, 'duplicate_member', 'Thành viên bị ghi trùng.');
    presentIds.add(id);
  });
  const voterIds = ballots.ballot === 'open' ? ballots.votes.map((v) => v.memberId) : ballots.voters;
  const voterPath = ballots.ballot === 'open' ? 'ballots.votes' : 'ballots.voters';
  const seen = new Set<string>();
  voterIds.forEach((id, i) => {
    const path = `${voterPath}.${i}`;
    if (seen.has(id)) add(path, 'duplicate_voter', 'Mỗi thành viên chỉ được bỏ phiếu một lần.');
    seen.add(id);
    if (!memberIds.has(id)) add(path, 'unknown_member', 'Người bỏ phiếu không phải thành viên Hội đồng.');
    else if (recused.has(id))
      add(path, 'recused_voter', 'Thành viên này không được bỏ phiếu cho đề nghị liên quan đến mình.');
    else if (!presentIds.has(id) && !policy.writtenOpinionsAllowed) {
      add(path, 'absent_voter', 'Quy chế không cho phép thành viên vắng mặt gửi ý kiến bằng văn bản.');
    }
  });
  const choices = ballots.ballot === 'open' ? ballots.votes.map((v) => v.choice) : ballots.choices;
  choices.forEach((choice, i) => {
    if (!(VOTE_CHOICES as readonly string[]).includes(choice)) {
      add(
        `ballots.${ballots.ballot === 'open' ? `votes.${i}.choice` : `choices.${i}`}`,
        'invalid_choice',
        'Phiếu không hợp lệ.',
      );
    }
  });
  if (ballots.ballot === 'secret' && ballots.choices.length !== ballots.voters.length) {
    add(
      'ballots.choices',
      'ballot_count_mismatch',
      'Số phiếu trong hòm phiếu không khớp với số thành viên đã nhận phiếu.',
    );
  }
  return issues;
}

/**
 * Counts a council vote on one nomination under its voting policy, with exact fraction arithmetic.
 *
 * - Quorum: members present / all members ≥ `policy.quorum`. Recused members still count as present:
 *   quorum is a property of the meeting, recusal of one item.
 * - Recused members (the nominee, members of the nominee's unit) do not vote.
 * - Denominator `all_members` ("tổng số thành viên"): every seat of the meeting, recused ones
 *   included, so absence, abstention and recusal count against. `eligible_members`: the seats
 *   less the recused (a council's quy chế may say so). `present_members`: non-recused members
 *   taking part (present, or by written opinion if allowed).
 * - Nobody eligible to vote counts as no quorum: there is nothing to decide with.
 * Malformed input (double votes, a recused or unknown voter, ballot-box count not matching the
 * attendance sheet) is refused with a ValidationError, never silently counted.
 */
export function tallyCouncilVote(input: TallyInput): TallyOutcomeResult {
  const { policy, members, present, ballots } = input;
  const declared = new Set(input.declared ?? []);
  const recused = new Set([...recusedMembers(members, input.nominee), ...declared]);
  const issues = collectInputIssues(input, recused);
  if (issues.length > 0) {
    return { ok: false, error: new ValidationError(issues, 'Kết quả bỏ phiếu không hợp lệ.') };
  }
  const choices = ballots.ballot === 'open' ? ballots.votes.map((v) => v.choice) : ballots.choices;
  const voters = (
    ballots.ballot === 'open' ? ballots.votes.map((v) => v.memberId) : [...ballots.voters]
  ).sort();
  const count = (choice: VoteChoice): number => choices.filter((c) => c === choice).length;
  const presentSet = new Set(present);
  const quorumReached = reachesShare(presentSet.size, members.length, policy.quorum);
  const participants = new Set([...presentSet, ...voters].filter((id) => !recused.has(id)));
  const denominator =
    policy.denominator === 'all_members'
      ? members.length
      : policy.denominator === 'eligible_members'
        ? members.length - recused.size
        : participants.size;
  const approvals = count('approve');
  // Nobody left who may vote: nothing can be decided, whatever the denominator counts.
  const decidable = quorumReached && denominator > 0 && members.length > recused.size;
  const outcome: TallyOutcome = !decidable
    ? 'no_quorum'
    : reachesShare(approvals, denominator, policy.threshold)
      ? 'passed'
      : 'failed';
  const result: TallyResult = {
    outcome,
    ballot: ballots.ballot,
    memberCount: members.length,
    presentCount: presentSet.size,
    quorum: policy.quorum,
    quorumReached,
    recusedCount: recused.size,
    ...(declared.size > 0 ? { declaredCount: declared.size } : {}),
    denominator,
    approvals,
    rejections: count('reject'),
    abstentions: count('abstain'),
    ratio: denominator > 0 ? reduce({ num: approvals, den: denominator }) : { num: 0, den: 1 },
    threshold: policy.threshold,
    voters,
    ...(ballots.ballot === 'open'
      ? { roll: [...ballots.votes].sort((a, b) => (a.memberId < b.memberId ? -1 : 1)).map((v) => ({ ...v })) }
      : {}),
  };
  return { ok: true, result };
}
