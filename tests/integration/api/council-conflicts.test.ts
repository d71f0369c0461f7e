/**
 * A council member's declared conflict of interest (besides the automatic recusal): it takes the
 * member's one place on the item, so it is atomic with the votes; the tally counts the member as
 * recused, and the denominator follows the council's rule set ("tổng số thành viên" by default,
 * the members less the recused where a province's quy chế says so).
 */
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOpenMeeting } from '../../../shared/app/council/open-meeting';
import { parseProvinceOverrides } from '../../../shared/domain/rules';
import {
  makeDynamoCouncilRepository,
  makeDynamoNominationRepository,
  makeDynamoOrganisationRepository,
} from '../../../shared/store/dynamo';
import { testClock } from '../../support/clock';
import { startTestApi, type TestApi } from '../support/api';
import {
  councilMemberIds,
  DEPARTMENT_VOTERS,
  nominationIn,
  nominationItems,
  openMeeting,
  vote,
} from '../support/council';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('conflicts');
}, 120_000);
afterAll(() => api?.stop());

interface MeetingBody {
  agenda: {
    nominationId: string;
    voters: { memberId: string }[];
    conflicts: { memberId: string; name: string; reason: string }[];
    tally?: Record<string, unknown>;
  }[];
}

const declare = async (who: string, meetingId: string, nominationId: string, reason: string) =>
  (await api.as(who)).post<{ error?: { code: string; issues?: { path: string }[] } }>(
    `/council/meetings/${meetingId}/conflicts`,
    { nominationId, reason },
  );

describe('declaring a conflict of interest', () => {
  it('stands the member aside: their vote is refused, the minutes keep the reason, the tally counts them as recused', async () => {
    // Nobody of the demo council sits in this unit, so no one is recused automatically.
    const n = await nominationIn(api, { awardCode: 'LDTT', unitId: 'unit-snv-ttlt' });
    const { id, secretary, members } = await openMeeting(api, [n.id]);

    const declared = await declare('hoidong3.snv', id, n.id, 'Người được đề nghị là em ruột của tôi.');
    const voteAfter = await (await api.as('hoidong3.snv')).post<{ error: { code: string } }>(
      `/council/meetings/${id}/votes`,
      { nominationId: n.id, choice: 'approve' },
    );
    const others = await vote(api, id, n.id, {
      'giamdoc.snv': 'approve',
      'hoidong1.snv': 'approve',
      'hoidong2.snv': 'approve',
    });
    const during = await secretary.get<MeetingBody>(`/council/meetings/${id}`);
    const closed = await secretary.post<MeetingBody>(`/council/meetings/${id}/close`);

    expect(declared.status).toBe(201);
    expect(voteAfter.status).toBe(409);
    expect(voteAfter.body.error.code).toBe('COUNCIL_CONFLICT_DECLARED');
    expect(others).toEqual([201, 201, 201]);
    expect(during.body.agenda[0]?.conflicts).toEqual([
      expect.objectContaining({
        memberId: members['hoidong3.snv'],
        reason: 'Người được đề nghị là em ruột của tôi.',
      }),
    ]);
    expect(during.body.agenda[0]?.voters.map((v) => v.memberId)).not.toContain(members['hoidong3.snv']);
    // "Tổng số thành viên": the member who stood aside still counts, so 3 of 4 is 75 % ≥ 70 %.
    expect(closed.body.agenda[0]?.tally).toMatchObject({
      outcome: 'passed',
      recusedCount: 1,
      declaredCount: 1,
      denominator: 4,
      approvals: 3,
    });
    const events = (await nominationItems(api, n.id)).filter((i) => i.action === 'declare_conflict');
    expect(events).toEqual([expect.objectContaining({ reason: 'Người được đề nghị là em ruột của tôi.' })]);
  });

  it('is refused after the member voted (409), to a member recused by rule (403), and without a reason (400 naming it)', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT', unitId: 'unit-snv-vp' });
    const { id } = await openMeeting(api, [n.id]);
    await vote(api, id, n.id, { 'hoidong2.snv': 'approve' });

    const afterVote = await declare('hoidong2.snv', id, n.id, 'Tôi nhớ ra có quan hệ họ hàng.');
    // hoidong1 works in unit-snv-vp, the nominee's unit: already recused by rule.
    const recused = await declare('hoidong1.snv', id, n.id, 'Cùng đơn vị với người được đề nghị.');
    const noReason = await declare('hoidong3.snv', id, n.id, '   ');
    const secretary = await declare('thuky.snv', id, n.id, 'Thư ký không biểu quyết.');

    expect(afterVote.status).toBe(409);
    expect(afterVote.body.error?.code).toBe('VOTE_ALREADY_CAST');
    expect(recused.status).toBe(403);
    expect(recused.body.error?.code).toBe('COUNCIL_MEMBER_RECUSED');
    expect(noReason.status).toBe(400);
    expect(noReason.body.error?.issues?.map((i) => i.path)).toContain('body.reason');
    expect(secretary.status).toBe(403);
  });

  it('lets exactly one of a vote and a declaration sent at the same moment win', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT', unitId: 'unit-snv-ttlt' });
    const { id } = await openMeeting(api, [n.id]);
    const member = await api.as('hoidong2.snv');

    const [voted, declared] = await Promise.all([
      member.post(`/council/meetings/${id}/votes`, { nominationId: n.id, choice: 'approve' }),
      member.post(`/council/meetings/${id}/conflicts`, { nominationId: n.id, reason: 'Có quan hệ họ hàng.' }),
    ]);

    expect([voted.status, declared.status].sort()).toEqual([201, 409]);
    const places = (await nominationItems(api, n.id)).filter((i) => String(i.SK).startsWith('VOTE#'));
    expect(places).toHaveLength(1);
  });

  it('keeps a secret ballot consistent: the declarer is neither a voter nor a ballot', async () => {
    const n = await nominationIn(api, { awardCode: 'CSTD_TINH', unitId: 'unit-snv-ttlt' });
    const { id, secretary } = await openMeeting(api, [n.id]);

    expect((await declare('hoidong1.snv', id, n.id, 'Người được đề nghị là vợ tôi.')).status).toBe(201);
    await vote(api, id, n.id, {
      'giamdoc.snv': 'approve',
      'hoidong2.snv': 'approve',
      'hoidong3.snv': 'approve',
    });
    const closed = await secretary.post<MeetingBody>(`/council/meetings/${id}/close`);

    expect(closed.status).toBe(200);
    // 3 of all 4 members is 75 %, under the 90 % a secret ballot for CSTĐ cấp tỉnh needs.
    expect(closed.body.agenda[0]?.tally).toMatchObject({
      ballot: 'secret',
      outcome: 'failed',
      approvals: 3,
      recusedCount: 1,
      denominator: 4,
    });
    expect(closed.body.agenda[0]?.tally?.voters).toHaveLength(3);
  });
});

describe("the denominator follows the council's rule set", () => {
  /** Two members stand aside, the other two approve: 2 of 4 seats, or 2 of the 2 who may vote. */
  async function twoAsideTwoApprove(opened: { id: string }, nominationId: string) {
    await declare('hoidong2.snv', opened.id, nominationId, 'Có quan hệ gia đình.');
    await declare('hoidong3.snv', opened.id, nominationId, 'Từng là cấp trên trực tiếp.');
    await vote(api, opened.id, nominationId, { 'giamdoc.snv': 'approve', 'hoidong1.snv': 'approve' });
    const secretary = await api.as('thuky.snv');
    return (await secretary.post<MeetingBody>(`/council/meetings/${opened.id}/close`)).body.agenda[0]?.tally;
  }

  it('counts all members by default: 2 of 4 is under 70 %', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT', unitId: 'unit-snv-ttlt' });
    const opened = await openMeeting(api, [n.id]);

    expect(await twoAsideTwoApprove(opened, n.id)).toMatchObject({
      outcome: 'failed',
      denominator: 4,
      recusedCount: 2,
    });
  });

  it('counts the members less the recused where the quy chế says so: 2 of 2 passes', async () => {
    // A province whose council's quy chế measures the threshold against the members who may vote.
    const ruleOverrides = parseProvinceOverrides({
      province: 'ha-tinh',
      name: 'Hà Tĩnh',
      periods: [
        {
          effectiveFrom: '2026-01-01',
          basis: 'Thử nghiệm: quy chế Hội đồng tính tỷ lệ trên số thành viên không phải tránh biểu quyết',
          confirmed: false,
          awards: {
            LDTT: {
              voting: {
                ballot: 'open',
                quorum: { num: 2, den: 3 },
                threshold: { num: 70, den: 100 },
                denominator: 'eligible_members',
                writtenOpinionsAllowed: true,
              },
            },
          },
        },
      ],
    });
    const n = await nominationIn(api, { awardCode: 'LDTT', unitId: 'unit-snv-ttlt' });
    const members = await councilMemberIds(api);
    // The policy is fixed on each item when the meeting opens: open it with the province's rules.
    const table = { client: api.app.dynamodb, tableName: api.tableName, clock: testClock };
    const open = makeOpenMeeting({
      councils: makeDynamoCouncilRepository(table),
      nominations: makeDynamoNominationRepository(table),
      organisations: makeDynamoOrganisationRepository(table),
      clock: testClock,
      ids: { next: () => ulid() },
      ruleOverrides,
    });
    const opened = await open(
      { userId: members['thuky.snv'] ?? '', roles: ['council_secretary'], orgId: 'org-snv' },
      { nominationIds: [n.id], present: DEPARTMENT_VOTERS.map((m) => members[m] ?? '') },
    );

    expect(await twoAsideTwoApprove(opened, n.id)).toMatchObject({
      outcome: 'passed',
      denominator: 2,
      recusedCount: 2,
      declaredCount: 2,
      ratio: { num: 1, den: 1 },
    });
  });
});
