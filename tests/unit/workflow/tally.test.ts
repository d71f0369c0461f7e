import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../../../shared/domain/errors';
import {
  type OpenVote,
  recusedMembers,
  type TallyInput,
  tallyCouncilVote,
  type VoteChoice,
} from '../../../shared/domain/workflow';
import { ids, members, policy } from './factories';

/** n approvals then rejections, one vote per listed member. */
const openVotes = (voters: readonly string[], approvals: number, rest: VoteChoice = 'reject'): OpenVote[] =>
  voters.map((memberId, i) => ({ memberId, choice: i < approvals ? 'approve' : rest }));

function input(
  overrides: Partial<TallyInput> & { size?: number; presentCount?: number; approvals?: number },
): TallyInput {
  const { size = 10, presentCount = size, approvals = 0, ...rest } = overrides;
  const council = rest.members ?? members(size);
  const present = rest.present ?? ids(council).slice(0, presentCount);
  return {
    policy: policy(),
    members: council,
    present,
    nominee: { personId: 'P_NOMINEE', unitId: 'UNIT_NOMINEE' },
    ballots: { ballot: 'open', votes: openVotes(present, approvals) },
    ...rest,
  };
}

const run = (i: TallyInput) => {
  const result = tallyCouncilVote(i);
  if (!result.ok) throw result.error;
  return result.result;
};
const issuesOf = (i: TallyInput) => {
  const result = tallyCouncilVote(i);
  return result.ok ? [] : (result.error as ValidationError).issues.map((x) => [x.path, x.code]);
};

describe('council tally: quorum', () => {
  it('reaches a 2/3 quorum with exactly 6 of 9 members present', () => {
    const result = run(
      input({ size: 9, presentCount: 6, approvals: 6, policy: policy({ denominator: 'present_members' }) }),
    );

    expect(result).toMatchObject({ quorumReached: true, presentCount: 6, outcome: 'passed' });
  });

  it('misses a 2/3 quorum with 5 of 9 members present, whatever the votes', () => {
    const result = run(
      input({ size: 9, presentCount: 5, approvals: 5, policy: policy({ denominator: 'present_members' }) }),
    );

    expect(result).toMatchObject({ quorumReached: false, outcome: 'no_quorum' });
  });

  it('needs 7 of 10 for a 2/3 quorum: 6 is not enough', () => {
    expect(run(input({ presentCount: 7, approvals: 7 })).quorumReached).toBe(true);
    expect(run(input({ presentCount: 6, approvals: 6 })).quorumReached).toBe(false);
  });
});

describe('council tally: threshold of all members', () => {
  it('passes with 7 approvals of 10 at 70 %, exactly on the boundary', () => {
    const result = run(input({ approvals: 7 }));

    expect(result).toMatchObject({
      outcome: 'passed',
      approvals: 7,
      rejections: 3,
      denominator: 10,
      ratio: { num: 7, den: 10 },
    });
  });

  it('fails with 6 approvals of 10 at 70 %', () => {
    expect(run(input({ approvals: 6 })).outcome).toBe('failed');
  });

  it('gives the same answer whether 70 % is written 7/10 or 70/100', () => {
    const seventy = run(input({ approvals: 7, policy: policy({ threshold: { num: 7, den: 10 } }) }));
    const seventyHundred = run(input({ approvals: 7, policy: policy({ threshold: { num: 70, den: 100 } }) }));

    expect([seventy.outcome, seventyHundred.outcome]).toEqual(['passed', 'passed']);
  });

  it('passes at exactly 2/3 where a rounded 0.67 would fail', () => {
    const result = run(input({ size: 9, approvals: 6, policy: policy({ threshold: { num: 2, den: 3 } }) }));

    expect(result).toMatchObject({ outcome: 'passed', ratio: { num: 2, den: 3 } });
  });

  it('counts abstentions and absences against under the all-members denominator', () => {
    const council = members(10);
    const present = ids(council).slice(0, 8);
    const votes = openVotes(present, 7, 'abstain');

    const result = run(input({ members: council, present, ballots: { ballot: 'open', votes } }));

    expect(result).toMatchObject({ outcome: 'passed', abstentions: 1, denominator: 10 });
    expect(run(input({ members: council, present, approvals: 6 })).outcome).toBe('failed');
  });
});

describe('council tally: secret ballot at 90 %', () => {
  const secret = policy({ ballot: 'secret', threshold: { num: 90, den: 100 } });
  const secretInput = (approvals: number, voters = ids(members(10))) =>
    input({
      policy: secret,
      ballots: {
        ballot: 'secret',
        choices: voters.map((_, i) => (i < approvals ? 'approve' : 'reject')),
        voters,
      },
    });

  it('passes with 9 approvals of 10', () => {
    expect(run(secretInput(9)).outcome).toBe('passed');
  });

  it('fails with 8 approvals of 10', () => {
    expect(run(secretInput(8))).toMatchObject({ outcome: 'failed', approvals: 8, rejections: 2 });
  });

  it('keeps no link from voter to vote: no roll, voters sorted, same result for any order', () => {
    const forward = run(secretInput(9));
    const shuffled = run(secretInput(9, [...ids(members(10))].reverse()));

    expect(forward.roll).toBeUndefined();
    expect(JSON.stringify(forward)).not.toMatch(/"choice"|"memberId"/);
    expect(forward.voters).toEqual([...forward.voters].sort());
    expect(shuffled).toEqual(forward);
  });

  it('refuses a member who took two ballots', () => {
    const voters = [...ids(members(10)).slice(0, 9), 'M01'];

    expect(issuesOf(secretInput(9, voters))).toEqual([['ballots.voters.9', 'duplicate_voter']]);
  });

  it('refuses a ballot box holding more ballots than members who signed for one', () => {
    const i = secretInput(9);
    const ballots =
      i.ballots.ballot === 'secret'
        ? { ...i.ballots, choices: [...i.ballots.choices, 'approve' as const] }
        : i.ballots;

    expect(issuesOf({ ...i, ballots })).toEqual([['ballots.choices', 'ballot_count_mismatch']]);
  });

  it('refuses open ballots under a secret-ballot policy', () => {
    expect(issuesOf(input({ policy: secret, approvals: 9 }))).toEqual([
      ['ballots.ballot', 'ballot_kind_mismatch'],
    ]);
  });
});

describe('council tally: denominator', () => {
  it('fails 6 of 8 present at 70 % of all members, and passes it at 70 % of members present', () => {
    const all = run(input({ presentCount: 8, approvals: 6 }));
    const present = run(
      input({ presentCount: 8, approvals: 6, policy: policy({ denominator: 'present_members' }) }),
    );

    expect([all.outcome, all.denominator]).toEqual(['failed', 10]);
    expect([present.outcome, present.denominator, present.ratio]).toEqual(['passed', 8, { num: 3, den: 4 }]);
  });

  it('counts a written opinion of an absent member when the policy allows it', () => {
    const council = members(10);
    const present = ids(council).slice(0, 8);
    const votes = [...openVotes(present, 6), { memberId: 'M09', choice: 'approve' as const }];
    const allowing = policy({ writtenOpinionsAllowed: true });

    const result = run(
      input({ members: council, present, policy: allowing, ballots: { ballot: 'open', votes } }),
    );

    expect(result).toMatchObject({ outcome: 'passed', approvals: 7, presentCount: 8 });
  });

  it('refuses a written opinion of an absent member when the policy does not allow it', () => {
    const council = members(10);
    const present = ids(council).slice(0, 8);
    const votes = [...openVotes(present, 6), { memberId: 'M09', choice: 'approve' as const }];

    expect(issuesOf(input({ members: council, present, ballots: { ballot: 'open', votes } }))).toEqual([
      ['ballots.votes.8', 'absent_voter'],
    ]);
  });
});

describe('council tally: recusal', () => {
  const council = members(10, {
    M01: { personId: 'P_NOMINEE', unitId: 'UNIT_NOMINEE' },
    M02: { unitId: 'UNIT_NOMINEE' },
  });

  it('recuses the nominee and members of the nominee’s unit', () => {
    expect(recusedMembers(council, { personId: 'P_NOMINEE', unitId: 'UNIT_NOMINEE' })).toEqual([
      'M01',
      'M02',
    ]);
  });

  // "tỷ lệ phiếu đồng ý … tính trên tổng số thành viên của Hội đồng" (the councils' quy chế; the
  // former NĐ 91/2017 Điều 45 khoản 8 in the same words): a member recused from one item is still
  // a member of the council, so the share is of all its seats (DOMAIN.md, December 2026).
  it('keeps recused members in "tổng số thành viên": 6 of 10 seats fail at 70 %', () => {
    const voters = ids(council).slice(2);

    const result = run(input({ members: council, ballots: { ballot: 'open', votes: openVotes(voters, 6) } }));

    expect(result).toMatchObject({
      outcome: 'failed',
      recusedCount: 2,
      denominator: 10,
      ratio: { num: 3, den: 5 },
    });
    expect(
      run(input({ members: council, ballots: { ballot: 'open', votes: openVotes(voters, 7) } })),
    ).toMatchObject({
      outcome: 'passed',
      ratio: { num: 7, den: 10 },
    });
  });

  it('takes recused members out only where the council’s quy chế says so (eligible_members): 6 of 8 pass', () => {
    const voters = ids(council).slice(2);

    const result = run(
      input({
        members: council,
        policy: policy({ denominator: 'eligible_members' }),
        ballots: { ballot: 'open', votes: openVotes(voters, 6) },
      }),
    );

    expect(result).toMatchObject({
      outcome: 'passed',
      recusedCount: 2,
      denominator: 8,
      ratio: { num: 3, den: 4 },
    });
  });

  it('still counts recused members present toward the quorum', () => {
    const present = ids(council).slice(0, 7);
    const voters = present.slice(2);

    const result = run(
      input({ members: council, present, ballots: { ballot: 'open', votes: openVotes(voters, 5) } }),
    );

    expect(result.quorumReached).toBe(true);
  });

  it('refuses a vote cast by a recused member', () => {
    expect(issuesOf(input({ members: council, approvals: 10 }))).toEqual([
      ['ballots.votes.0', 'recused_voter'],
      ['ballots.votes.1', 'recused_voter'],
    ]);
  });

  it('recuses a member who declared a conflict of interest, counted with the automatic ones', () => {
    const voters = ids(council).slice(3);

    const all = run(
      input({
        members: council,
        declared: ['M03'],
        ballots: { ballot: 'open', votes: openVotes(voters, 7) },
      }),
    );
    const eligible = run(
      input({
        members: council,
        declared: ['M03'],
        policy: policy({ denominator: 'eligible_members' }),
        ballots: { ballot: 'open', votes: openVotes(voters, 5) },
      }),
    );

    expect(all).toMatchObject({ outcome: 'passed', recusedCount: 3, declaredCount: 1, denominator: 10 });
    // 5 of the 7 who may vote is 71 % ≥ 70 %; of all 10 seats it would fail.
    expect(eligible).toMatchObject({ outcome: 'passed', recusedCount: 3, denominator: 7 });
  });

  it('refuses a vote by a member who declared a conflict, and a declaration by a non-member', () => {
    const votes = openVotes(['M03', 'M04'], 2);

    expect(
      issuesOf(input({ members: council, declared: ['M03', 'X99'], ballots: { ballot: 'open', votes } })),
    ).toEqual([
      ['declared.1', 'unknown_member'],
      ['ballots.votes.0', 'recused_voter'],
    ]);
  });

  it('treats a council where nobody may vote as without quorum', () => {
    const everyone = members(3, { M01: { unitId: 'U' }, M02: { unitId: 'U' }, M03: { unitId: 'U' } });

    const result = run(
      input({ members: everyone, nominee: { unitId: 'U' }, ballots: { ballot: 'open', votes: [] } }),
    );

    expect(result).toMatchObject({ outcome: 'no_quorum', recusedCount: 3, approvals: 0 });
  });
});

describe('council tally: malformed input', () => {
  it('refuses a voter who is not on the council and a double open vote', () => {
    const votes = [
      ...openVotes(ids(members(10)), 7).slice(0, 9),
      { memberId: 'M01', choice: 'reject' as const },
    ];

    expect(
      issuesOf(
        input({ ballots: { ballot: 'open', votes: [...votes, { memberId: 'X', choice: 'approve' }] } }),
      ),
    ).toEqual([
      ['ballots.votes.9', 'duplicate_voter'],
      ['ballots.votes.10', 'unknown_member'],
    ]);
  });

  it('refuses a policy whose threshold is not a share between 0 and 1', () => {
    expect(issuesOf(input({ approvals: 7, policy: policy({ threshold: { num: 7, den: 0 } }) }))).toEqual([
      ['policy.threshold', 'invalid_policy'],
    ]);
  });
});
