import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { commandsSentBy, peakInFlight, type SentCommand } from '../support/commands';
import {
  ALL_APPROVE,
  councilMemberIds,
  DEPARTMENT_VOTERS,
  extraUser,
  nominationIn,
  nominationItems,
  openMeeting,
  repo,
  vote,
} from '../support/council';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('council');
}, 120_000);
afterAll(() => api?.stop());

describe('the council of the Sở Nội vụ', () => {
  it('lists the chair first, the members, and the secretary who does not vote', async () => {
    const secretary = await api.as('thuky.snv');

    const res = await secretary.get<{ members: { email: string; seat: string; votes: boolean }[] }>(
      '/organisations/org-snv/council',
    );

    expect(res.status).toBe(200);
    expect(res.body.members[0]).toMatchObject({ seat: 'chair', votes: true });
    const users = res.body.members.map((m) => m.email.split('@')[0]);
    expect(users[0]).toBe('giamdoc.snv');
    expect(users.slice(1, 4).sort()).toEqual(['hoidong1.snv', 'hoidong2.snv', 'hoidong3.snv']);
    expect(users[4]).toBe('thuky.snv');
    expect(res.body.members.at(-1)).toMatchObject({ seat: 'secretary', votes: false });
  });

  it("answers 404 for another organisation's council", async () => {
    const secretary = await api.as('thuky.snv');

    const res = await secretary.get('/organisations/org-stc/council');

    expect(res.status).toBe(404);
  });
});

describe('a secret-ballot meeting', () => {
  it('passes one nomination and fails another on the 90 % threshold, and never links a member to a choice', async () => {
    const passing = await nominationIn(api, { awardCode: 'CSTD_TINH' });
    const failing = await nominationIn(api, { awardCode: 'CSTD_TINH' });
    const { id, secretary } = await openMeeting(api, [passing.id, failing.id]);

    expect(await vote(api, id, passing.id, ALL_APPROVE)).toEqual([201, 201, 201, 201]);
    expect(await vote(api, id, failing.id, { ...ALL_APPROVE, 'hoidong3.snv': 'reject' })).toEqual([
      201, 201, 201, 201,
    ]);
    const during = await secretary.get<{ agenda: Record<string, unknown>[] }>(`/council/meetings/${id}`);
    const closed = await secretary.post<{
      status: string;
      agenda: { nominationId: string; tally: Record<string, unknown> }[];
    }>(`/council/meetings/${id}/close`);

    expect(during.body.agenda[0]).toMatchObject({ ballot: 'secret' });
    expect(during.body.agenda[0]).not.toHaveProperty('votes');
    expect(during.body.agenda[0]?.voters).toHaveLength(4);
    expect(JSON.stringify(during.body)).not.toMatch(/approve|reject/);
    expect(closed.status).toBe(200);
    expect(closed.body.agenda.map((a) => a.tally)).toMatchObject([
      { outcome: 'passed', approvals: 4, denominator: 4, ballot: 'secret' },
      { outcome: 'failed', approvals: 3, rejections: 1, denominator: 4, ballot: 'secret' },
    ]);
    expect(closed.body.agenda[0]?.tally).not.toHaveProperty('roll');
    expect((await repo(api).get(passing.id))?.state).toBe('council_passed');
    expect((await repo(api).get(failing.id))?.state).toBe('council_failed');
    const items = await nominationItems(api, failing.id);
    const votes = items.filter((i) => String(i.SK).startsWith('VOTE#'));
    expect(votes).toHaveLength(4);
    for (const v of votes) expect(v).not.toHaveProperty('choice');
    const voteEvents = items.filter((i) => i.action === 'vote');
    expect(voteEvents).toHaveLength(4);
    for (const e of voteEvents) expect(JSON.stringify(e.data)).not.toMatch(/approve|reject|choice/);
    // No item of the nomination's partition holds a choice: the ballots are in the ballot box.
    expect(items.find((i) => i.SK === 'TALLY')).toBeUndefined();
    expect(JSON.stringify(items)).not.toMatch(/"approve"|"reject"|tally_/);
    expect(await repo(api).getTally(failing.id)).toEqual({ approve: 3, reject: 1 });
  });
});

describe('reading an agenda', () => {
  it("reads the agenda's nominations in one request to open and one to close, not one each, and its votes side by side", async () => {
    const agenda = await Promise.all([1, 2, 3].map(() => nominationIn(api, { awardCode: 'CSTD_TINH' })));
    let meetingId = '';
    const opening = await commandsSentBy(async () => {
      meetingId = (
        await openMeeting(
          api,
          agenda.map((n) => n.id),
        )
      ).id;
    });
    for (const n of agenda)
      expect(await vote(api, meetingId, n.id, ALL_APPROVE)).toEqual([201, 201, 201, 201]);
    const secretary = await api.as('thuky.snv');
    // The meeting as members see it: each item's votes, read side by side.
    const votesRead = (c: SentCommand) =>
      c.command === 'QueryCommand' && JSON.stringify(c.input).includes('VOTE#');
    let shown = 0;
    const peak = await peakInFlight(votesRead, async () => {
      shown = (await secretary.get(`/council/meetings/${meetingId}`)).status;
    });
    const closing = await commandsSentBy(async () => {
      expect((await secretary.post(`/council/meetings/${meetingId}/close`)).status).toBe(200);
    });

    const nominationGets = (sent: readonly SentCommand[]) =>
      sent.filter(
        (c) =>
          c.command === 'GetItemCommand' && /"NOM#[^"]*"\},"SK":\{"S":"META"/.test(JSON.stringify(c.input)),
      );
    for (const sent of [opening, closing]) {
      expect(sent.filter((c) => c.command === 'TransactGetItemsCommand')).toHaveLength(1);
      expect(nominationGets(sent)).toEqual([]);
    }
    expect(shown).toBe(200);
    expect(peak).toBe(3);
  });
});

describe('an open-ballot meeting', () => {
  it('shows who voted how, in the answer and in the stored votes', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT' });
    const { id, secretary } = await openMeeting(api, [n.id]);

    await vote(api, id, n.id, { ...ALL_APPROVE, 'hoidong2.snv': 'abstain' });
    const during = await secretary.get<{ agenda: { votes: { name: string; choice: string }[] }[] }>(
      `/council/meetings/${id}`,
    );
    const closed = await secretary.post<{
      agenda: { tally: { outcome: string; roll: { choice: string }[] } }[];
    }>(`/council/meetings/${id}/close`);

    expect(during.body.agenda[0]?.votes.map((v) => v.choice).sort()).toEqual([
      'abstain',
      'approve',
      'approve',
      'approve',
    ]);
    expect(closed.body.agenda[0]?.tally.outcome).toBe('passed');
    expect(closed.body.agenda[0]?.tally.roll).toHaveLength(4);
    const stored = (await nominationItems(api, n.id)).filter((i) => String(i.SK).startsWith('VOTE#'));
    expect(stored.map((v) => v.choice).sort()).toEqual(['abstain', 'approve', 'approve', 'approve']);
  });
});

describe("the council's queue", () => {
  it('lists a dossier on an open meeting to the council, as a page of summaries', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT' });
    await openMeeting(api, [n.id]);
    const member = await api.as('hoidong1.snv');

    const res = await member.get<{ items: { id: string; state: string; form?: unknown }[] }>(
      '/queues/council?state=in_council',
    );

    expect(res.status).toBe(200);
    const line = res.body.items.find((item) => item.id === n.id);
    expect(line).toMatchObject({ id: n.id, state: 'in_council' });
    expect(line).not.toHaveProperty('form');
  });
});

describe('quorum, one vote per member, recusal', () => {
  it('answers 409 COUNCIL_NO_QUORUM when only 2 of 4 members came, and changes nothing', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT' });
    const { id, secretary } = await openMeeting(api, [n.id], ['giamdoc.snv', 'hoidong2.snv']);
    await vote(api, id, n.id, { 'giamdoc.snv': 'approve', 'hoidong2.snv': 'approve' });
    const before = await repo(api).get(n.id);

    const res = await secretary.post<{ error: { code: string } }>(`/council/meetings/${id}/close`);

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('COUNCIL_NO_QUORUM');
    expect(await repo(api).get(n.id)).toMatchObject({ state: 'in_council', version: before?.version });
    expect((await secretary.get<{ status: string }>(`/council/meetings/${id}`)).body.status).toBe('open');
  });

  it('refuses a second vote by the same member with 409 VOTE_ALREADY_CAST', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT' });
    const { id } = await openMeeting(api, [n.id]);
    const member = await api.as('hoidong2.snv');

    const first = await member.post(`/council/meetings/${id}/votes`, {
      nominationId: n.id,
      choice: 'approve',
    });
    const second = await member.post<{ error: { code: string } }>(`/council/meetings/${id}/votes`, {
      nominationId: n.id,
      choice: 'reject',
    });

    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('VOTE_ALREADY_CAST');
  });

  // A recused member is still a member: "tổng số thành viên" counts every seat (the councils'
  // quy chế; DOMAIN.md), so 3 of 4 is 75 % whoever stepped aside.
  it("recuses a member of the nominee's unit: their vote is refused, and they still count among all members", async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT', unitId: 'unit-snv-vp' });
    const { id, secretary, members } = await openMeeting(api, [n.id]);

    const refused = await vote(api, id, n.id, { 'hoidong1.snv': 'approve' });
    await vote(api, id, n.id, {
      'giamdoc.snv': 'approve',
      'hoidong2.snv': 'approve',
      'hoidong3.snv': 'approve',
    });
    const closed = await secretary.post<{
      agenda: { recused: { memberId: string }[]; tally: Record<string, unknown> }[];
    }>(`/council/meetings/${id}/close`);

    expect(refused).toEqual([403]);
    expect(closed.body.agenda[0]?.recused.map((r) => r.memberId)).toEqual([members['hoidong1.snv']]);
    expect(closed.body.agenda[0]?.tally).toMatchObject({
      outcome: 'passed',
      recusedCount: 1,
      denominator: 4,
      approvals: 3,
      ratio: { num: 3, den: 4 },
    });
  });
});

describe('who closes a meeting', () => {
  it('lets the chair close it as the secretariat can, and refuses a member who is not the chair (403)', async () => {
    const first = await nominationIn(api, { awardCode: 'LDTT', unitId: 'unit-snv-ttlt' });
    const { id } = await openMeeting(api, [first.id]);
    await vote(api, id, first.id, ALL_APPROVE);

    const member = await (await api.as('hoidong3.snv')).post<{ error: { code: string } }>(
      `/council/meetings/${id}/close`,
    );
    const chair = await (await api.as('giamdoc.snv')).post<{ status: string }>(
      `/council/meetings/${id}/close`,
    );

    expect(member.status).toBe(403);
    expect(member.body.error.code).toBe('ONLY_SECRETARIAT_OR_CHAIR');
    expect(chair.status).toBe(200);
    expect(chair.body.status).toBe('closed');
  });
});

describe('who may do what', () => {
  it('refuses a unit officer opening a meeting (403) and unknown fields (400)', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT' });
    const members = await councilMemberIds(api);
    const officer = await api.as('canbo.vanphong.snv');
    const secretary = await api.as('thuky.snv');

    const wrongRole = await officer.post('/council/meetings', {
      nominationIds: [n.id],
      present: [members['giamdoc.snv']],
    });
    const unknownField = await secretary.post('/council/meetings', {
      nominationIds: [n.id],
      present: [members['giamdoc.snv']],
      state: 'in_council',
    });

    expect(wrongRole.status).toBe(403);
    expect(unknownField.status).toBe(400);
    expect((await repo(api).get(n.id))?.state).toBe('accepted');
  });

  it("answers 404 to another Sở's secretary and members for this Sở's meeting and nominations", async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT' });
    const { id } = await openMeeting(api, [n.id]);
    const otherSecretary = await extraUser(api, ['council_secretary'], 'org-stc');
    const otherMember = await extraUser(api, ['council_member'], 'org-stc');
    const m = await nominationIn(api, { awardCode: 'LDTT' });

    expect((await otherSecretary.get(`/council/meetings/${id}`)).status).toBe(404);
    expect((await otherSecretary.post(`/council/meetings/${id}/close`)).status).toBe(404);
    expect(
      (await otherMember.post(`/council/meetings/${id}/votes`, { nominationId: n.id, choice: 'approve' }))
        .status,
    ).toBe(404);
    expect(
      (await otherSecretary.post('/council/meetings', { nominationIds: [m.id], present: ['x'] })).status,
    ).toBe(409);
  });
});

describe('a meeting’s name', () => {
  it('is kept as the minutes name it, NFC, and listed with the meeting; an over-long one is a 400 naming it', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT', unitId: 'unit-snv-ttlt' });
    const members = await councilMemberIds(api);
    const secretary = await api.as('thuky.snv');
    const present = DEPARTMENT_VOTERS.map((who) => members[who]);

    const tooLong = await secretary.post<{ error: { issues: { path: string }[] } }>('/council/meetings', {
      nominationIds: [n.id],
      present,
      name: 'P'.repeat(201),
    });
    const opened = await secretary.post<{ id: string; name?: string }>('/council/meetings', {
      nominationIds: [n.id],
      present,
      name: '  Phie\u0302n ho\u0323p so\u0302\u0301 3/2026 ',
    });
    const listed = await secretary.get<{ items: { id: string; name?: string }[] }>('/council/meetings');

    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.issues.map((i) => i.path)).toContain('body.name');
    expect(opened.status).toBe(201);
    expect(opened.body.name).toBe('Phiên họp số 3/2026');
    expect(listed.body.items.find((m) => m.id === opened.body.id)?.name).toBe('Phiên họp số 3/2026');
  });
});
