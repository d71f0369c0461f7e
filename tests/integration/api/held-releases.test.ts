/**
 * What a submission takes (a quota place, the initiatives it claims) is given back when the
 * nomination leaves the race without an award: the Sở's council fails it, the province rejects
 * it. A revoked award keeps both (docs/workflow.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { openMeeting, repo, vote } from '../support/council';
import { anInitiative, createAccepted, draftFor } from '../support/nominations';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('held-releases');
}, 120_000);
afterAll(() => api?.stop());

const QUOTA = { organisationId: 'org-snv', unitId: 'unit-snv-ttlt', year: 2025, awardCode: 'CSTD_TINH' };
// No council member sits for the Trung tâm Lưu trữ, the nominee's unit: all four seats vote (a
// recused member would still count in "tổng số thành viên" and make 90 % out of reach).
const VOTERS = ['giamdoc.snv', 'hoidong1.snv', 'hoidong2.snv', 'hoidong3.snv'] as const;

/** A CSTĐ cấp tỉnh of person-snv-08 for 2025, submitted over HTTP with `initiative`, and accepted. */
async function acceptedWith(initiative: string): Promise<string> {
  return createAccepted(await api.as('canbo.ttlt.snv'), await api.as('thuky.snv'), {
    ...draftFor('CSTD_TINH', 'person-snv-08', 2025),
    initiatives: [anInitiative(initiative, { recognisedOn: '2025-06-15' })],
  });
}

/** The Sở's council votes on `id` (one `reject` makes a 90 % secret ballot fail), then closes. */
async function councilVotes(id: string, rejecting: boolean): Promise<void> {
  const { id: meetingId, secretary } = await openMeeting(api, [id]);
  await vote(
    api,
    meetingId,
    id,
    Object.fromEntries(VOTERS.map((who, i) => [who, rejecting && i === 3 ? 'reject' : 'approve'])),
  );
  const closed = await secretary.post(`/council/meetings/${meetingId}/close`);
  expect(closed.status, JSON.stringify(closed.body)).toBe(200);
}

const used = () => repo(api).getQuotaUsed?.(QUOTA);
const holder = async (initiative: string) => (await repo(api).getInitiativeUse?.(initiative))?.nominationId;

describe('a nomination that leaves the race gives back what it held', () => {
  it("when the Sở's council fails it (council_failed)", async () => {
    const id = await acceptedWith('SK-HR-01');
    const before = (await used()) ?? 0;
    expect(await holder('SK-HR-01')).toBe(id);

    await councilVotes(id, true);

    expect((await repo(api).get(id))?.state).toBe('council_failed');
    expect(await used()).toBe(before - 1);
    expect(await holder('SK-HR-01')).toBeUndefined();
  });

  it('when the province rejects it at appraisal (province_rejected), with the reason on the timeline', async () => {
    const id = await acceptedWith('SK-HR-02');
    await councilVotes(id, false);
    const officer = await api.as('chuyenvien.tinh');
    await (await api.as('giamdoc.snv')).post('/submissions', { nominationIds: [id] });
    await officer.post(`/nominations/${id}/receive`, {});
    const before = (await used()) ?? 0;

    const noReason = await officer.post(`/nominations/${id}/province-reject`, {});
    const bySo = await (await api.as('thuky.snv')).post(`/nominations/${id}/province-reject`, {
      reason: 'x',
    });
    const res = await officer.post<{ state: string; event: { reason: string } }>(
      `/nominations/${id}/province-reject`,
      { reason: 'Thành tích chưa đủ tiêu biểu để khen thưởng cấp tỉnh.' },
    );

    expect(noReason.status).toBe(400);
    expect(bySo.status).toBe(403);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'province_rejected',
      event: { reason: 'Thành tích chưa đủ tiêu biểu để khen thưởng cấp tỉnh.' },
    });
    expect(await used()).toBe(before - 1);
    expect(await holder('SK-HR-02')).toBeUndefined();
  });

  it('but a revoked award keeps its place and its initiative', async () => {
    const id = await acceptedWith('SK-HR-03');
    await councilVotes(id, false);
    const officer = await api.as('chuyenvien.tinh');
    const chairman = await api.as('chutich.tinh');
    await (await api.as('giamdoc.snv')).post('/submissions', { nominationIds: [id] });
    await officer.post(`/nominations/${id}/receive`, {});
    const members = await officer.get<{ members: { memberId: string; votes: boolean }[] }>(
      '/province/council',
    );
    const meeting = await officer.post<{ id: string }>('/province/council/meetings', {
      nominationIds: [id],
      present: members.body.members.filter((m) => m.votes).map((m) => m.memberId),
    });
    for (const who of ['chutich.tinh', 'phochutich.tinh', 'hoidong1.tinh', 'hoidong2.tinh']) {
      await (await api.as(who)).post(`/province/council/meetings/${meeting.body.id}/votes`, {
        nominationId: id,
        choice: 'approve',
      });
    }
    await officer.post(`/province/council/meetings/${meeting.body.id}/close`);
    const decision = await chairman.post<{ id: string }>('/decisions', { nominationIds: [id] });
    const before = await used();

    const revoked = await chairman.post(`/decisions/${decision.body.id}/revocations`, {
      nominationIds: [id],
      reason: 'Sáng kiến được kê khai không trung thực.',
    });

    expect(revoked.status).toBe(201);
    expect((await repo(api).get(id))?.state).toBe('revoked');
    expect(await used()).toBe(before);
    expect(await holder('SK-HR-03')).toBe(id);
  });
});
