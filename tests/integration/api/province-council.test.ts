import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import {
  extraUser,
  inProvinceReview,
  nominationItems,
  openMeeting,
  openProvinceMeeting,
  provinceVote,
  repo,
  vote,
} from '../support/council';
import { anInitiative, createAccepted, draftFor } from '../support/nominations';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('province-council');
}, 120_000);
afterAll(() => api?.stop());

const PROVINCE_APPROVE = {
  'chutich.tinh': 'approve',
  'phochutich.tinh': 'approve',
  'hoidong1.tinh': 'approve',
  'hoidong2.tinh': 'approve',
} as const;

interface MeetingBody {
  id: string;
  level: string;
  status: string;
  agenda: { nominationId: string; ballot: string; voters: unknown[]; tally?: Record<string, unknown> }[];
}

describe('the provincial council', () => {
  it('records a member’s declared conflict of interest on an item, with the reason, on the meeting', async () => {
    const n = await inProvinceReview(api, { awardCode: 'CSTD_TINH' });
    const { id } = await openProvinceMeeting(api, [n.id]);
    const member = await api.as('hoidong1.tinh');

    const res = await member.post(`/province/council/meetings/${id}/conflicts`, {
      nominationId: n.id,
      reason: 'Người được đề nghị là người thân trong gia đình.',
    });
    const meeting = await member.get<{ agenda: { conflicts: { reason: string }[] }[] }>(
      `/province/council/meetings/${id}`,
    );

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ meetingId: id, nominationId: n.id });
    expect(meeting.body.agenda[0]?.conflicts.map((c) => c.reason)).toEqual([
      'Người được đề nghị là người thân trong gia đình.',
    ]);
  });

  it('lists the chairman first, the voting members, and the Ban TĐKT secretary who does not vote', async () => {
    const officer = await api.as('chuyenvien.tinh');

    const res = await officer.get<{
      level: string;
      members: { email: string; seat: string; votes: boolean }[];
    }>('/province/council');

    expect(res.status).toBe(200);
    expect(res.body.level).toBe('province');
    expect(res.body.members.map((m) => [m.email.split('@')[0], m.seat, m.votes])).toEqual([
      ['chutich.tinh', 'chair', true],
      ['phochutich.tinh', 'vice_chair', true],
      ['hoidong1.tinh', 'member', true],
      ['hoidong2.tinh', 'member', true],
      ['chuyenvien.tinh', 'secretary', false],
    ]);
  });

  it("answers 404 to a Sở's council member who holds no seat on it", async () => {
    const member = await api.as('hoidong1.snv');

    expect((await member.get('/province/council')).status).toBe(404);
  });
});

describe('the route of CSTĐ cấp tỉnh', () => {
  it('goes draft → Sở council → tờ trình → received → provincial secret ballot (≥ 90 %) → province_approved → the chairman’s decision', async () => {
    const unitOfficer = await api.as('canbo.ttlt.snv');
    const secretary = await api.as('thuky.snv');
    // Three consecutive CSTĐCS (2023–2025) and an initiative of provincial reach.
    const id = await createAccepted(unitOfficer, secretary, {
      ...draftFor('CSTD_TINH', 'person-snv-08', 2025),
      initiatives: [anInitiative('SK-TINH-2025-01', { recognisedOn: '2025-06-15' })],
    });
    const department = await openMeeting(api, [id]);
    // No member sits for the nominee's unit: all four seats vote, 4 of 4 ≥ 90 %.
    await vote(api, department.id, id, {
      'giamdoc.snv': 'approve',
      'hoidong1.snv': 'approve',
      'hoidong2.snv': 'approve',
      'hoidong3.snv': 'approve',
    });
    expect((await secretary.post(`/council/meetings/${department.id}/close`)).status).toBe(200);
    const director = await api.as('giamdoc.snv');
    const officer = await api.as('chuyenvien.tinh');
    const chairman = await api.as('chutich.tinh');
    expect((await director.post('/submissions', { nominationIds: [id] })).status).toBe(201);
    expect((await officer.post(`/nominations/${id}/receive`, {})).status).toBe(200);

    const refusedAppraisal = await officer.post<{ error: { code: string } }>(
      `/nominations/${id}/appraise`,
      {},
    );
    const province = await openProvinceMeeting(api, [id]);
    const during = await officer.get<MeetingBody>(`/province/council/meetings/${province.id}`);
    const statuses = await provinceVote(api, province.id, id, PROVINCE_APPROVE);
    const closed = await officer.post<MeetingBody>(`/province/council/meetings/${province.id}/close`);
    const approved = await repo(api).get(id);
    const signed = await chairman.post<{ number: string }>('/decisions', { nominationIds: [id] });

    expect(refusedAppraisal.body.error.code).toBe('WORKFLOW_WRONG_ROUTE');
    expect(during.body).toMatchObject({ level: 'province', status: 'open' });
    expect(during.body.agenda[0]).toMatchObject({ ballot: 'secret', voters: [] });
    expect(statuses).toEqual([201, 201, 201, 201]);
    expect(closed.status).toBe(200);
    // The Sở's three ballots are not counted again: the province votes into its own box.
    expect(closed.body.agenda[0]?.tally).toMatchObject({
      outcome: 'passed',
      ballot: 'secret',
      approvals: 4,
      denominator: 4,
    });
    expect(approved?.state).toBe('province_approved');
    expect(signed.status).toBe(201);
    expect(signed.body.number).toMatch(/^\d{2}\/QĐ-UBND$/);
    expect((await repo(api).get(id))?.state).toBe('decided_by_province');
    const actions = (await repo(api).listAuditEvents(id, { limit: 100 })).items.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['open_province_vote', 'vote', 'record_province_pass', 'province_decide']),
    );
    const items = await nominationItems(api, id);
    expect(items.filter((i) => String(i.SK).startsWith('PROVINCE#VOTE#'))).toHaveLength(4);
    expect(items.filter((i) => String(i.SK).startsWith('VOTE#'))).toHaveLength(4);
    expect(JSON.stringify(items.filter((i) => String(i.SK).includes('VOTE#')))).not.toMatch(/approve/);
  });

  it('rejects a nomination short of 90 % (3 of 4) and gives back its quota place and initiative', async () => {
    const unitOfficer = await api.as('canbo.ttlt.snv');
    const secretary = await api.as('thuky.snv');
    // person-snv-08 already holds this year's CSTĐ cấp tỉnh (the test above), and one achievement
    // earns one reward: person-snv-09 gets the third consecutive CSTĐCS it lacks.
    const recorded = await secretary.post('/persons/person-snv-09/awards', {
      year: 2023,
      awardCode: 'CSTDCS',
      track: 'annual',
      decisionNumber: '16/QĐ-SNV',
      decidedOn: '2023-12-20',
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const id = await createAccepted(unitOfficer, secretary, {
      ...draftFor('CSTD_TINH', 'person-snv-09', 2025),
      initiatives: [anInitiative('SK-TINH-2025-09', { recognisedOn: '2025-06-15' })],
    });
    const department = await openMeeting(api, [id]);
    await vote(api, department.id, id, {
      'giamdoc.snv': 'approve',
      'hoidong1.snv': 'approve',
      'hoidong2.snv': 'approve',
      'hoidong3.snv': 'approve',
    });
    await secretary.post(`/council/meetings/${department.id}/close`);
    await (await api.as('giamdoc.snv')).post('/submissions', { nominationIds: [id] });
    const officer = await api.as('chuyenvien.tinh');
    await officer.post(`/nominations/${id}/receive`, {});
    const quota = { organisationId: 'org-snv', unitId: 'unit-snv-ttlt', year: 2025, awardCode: 'CSTD_TINH' };
    const heldBefore = await repo(api).getQuotaUsed?.(quota);
    const province = await openProvinceMeeting(api, [id]);
    await provinceVote(api, province.id, id, { ...PROVINCE_APPROVE, 'hoidong2.tinh': 'reject' });

    const closed = await officer.post<MeetingBody>(`/province/council/meetings/${province.id}/close`);

    expect(closed.status).toBe(200);
    expect(closed.body.agenda[0]?.tally).toMatchObject({ outcome: 'failed', approvals: 3, denominator: 4 });
    expect((await repo(api).get(id))?.state).toBe('province_rejected');
    expect(heldBefore).toBeGreaterThan(0);
    expect(await repo(api).getQuotaUsed?.(quota)).toBe((heldBefore ?? 0) - 1);
    expect(await repo(api).getInitiativeUse?.('SK-TINH-2025-09')).toBeUndefined();
  });
});

describe('who may convene, see and vote in the provincial council', () => {
  it('refuses an award the rule set does not send to it (409 WORKFLOW_WRONG_ROUTE) and writes nothing', async () => {
    const n = await inProvinceReview(api, { awardCode: 'BK_TINH' });
    const officer = await api.as('chuyenvien.tinh');
    const members = await officer.get<{ members: { memberId: string; votes: boolean }[] }>(
      '/province/council',
    );

    const res = await officer.post<{ error: { code: string } }>('/province/council/meetings', {
      nominationIds: [n.id],
      present: members.body.members.filter((m) => m.votes).map((m) => m.memberId),
    });

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('WORKFLOW_WRONG_ROUTE');
    expect((await repo(api).get(n.id))?.state).toBe('province_review');
  });

  it("keeps the Sở's and the province's meetings apart, and lets only seats vote", async () => {
    const n = await inProvinceReview(api, { awardCode: 'CSTD_TINH' });
    const { id } = await openProvinceMeeting(api, [n.id]);
    const soSecretary = await api.as('thuky.snv');
    const soMember = await api.as('hoidong1.snv');
    const officer = await api.as('chuyenvien.tinh');
    const strangerMember = await extraUser(api, ['council_member'], 'org-stc');

    const viaSoRoute = await soSecretary.get(`/council/meetings/${id}`);
    const soMemberReads = await soMember.get(`/province/council/meetings/${id}`);
    const soMemberVotes = await soMember.post(`/province/council/meetings/${id}/votes`, {
      nominationId: n.id,
      choice: 'approve',
    });
    const strangerVotes = await strangerMember.post(`/province/council/meetings/${id}/votes`, {
      nominationId: n.id,
      choice: 'approve',
    });
    const secretaryVotes = await officer.post<{ error: { code: string } }>(
      `/province/council/meetings/${id}/votes`,
      { nominationId: n.id, choice: 'approve' },
    );
    const unknownField = await officer.post(`/province/council/meetings/${id}/votes`, {
      nominationId: n.id,
      choice: 'approve',
      memberId: 'x',
    });
    const soOpens = await soSecretary.post('/province/council/meetings', {
      nominationIds: [n.id],
      present: ['x'],
    });
    const list = await officer.get<{ items: { id: string; level: string }[] }>('/province/council/meetings');
    const soList = await soSecretary.get<{ items: { id: string }[] }>('/council/meetings');

    expect(viaSoRoute.status).toBe(404);
    expect(soMemberReads.status).toBe(404);
    expect(soMemberVotes.status).toBe(404);
    expect(strangerVotes.status).toBe(404);
    expect(secretaryVotes.status).toBe(403);
    expect(secretaryVotes.body.error.code).toBe('COUNCIL_NOT_MEMBER');
    expect(unknownField.status).toBe(400);
    expect(soOpens.status).toBe(403);
    expect(list.body.items).toContainEqual(expect.objectContaining({ id, level: 'province' }));
    expect(soList.body.items.map((m) => m.id)).not.toContain(id);
  });
});
