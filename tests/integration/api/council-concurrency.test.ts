import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { nominationIn, openMeeting, repo, vote } from '../support/council';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('council-race');
}, 120_000);
afterAll(() => api?.stop());

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe('concurrency over HTTP', () => {
  it('lets exactly one of 50 simultaneous closes of a meeting win; the rest get 409, version +1, one event', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT' });
    const { id, secretary } = await openMeeting(api, [n.id]);
    await vote(api, id, n.id, {
      'giamdoc.snv': 'approve',
      'hoidong2.snv': 'approve',
      'hoidong3.snv': 'approve',
    });
    const before = await repo(api).get(n.id);

    const statuses = await Promise.all(
      Array.from({ length: 50 }, async () => (await secretary.post(`/council/meetings/${id}/close`)).status),
    );

    expect(count(statuses, 200)).toBe(1);
    expect(count(statuses, 409)).toBe(49);
    const after = await repo(api).get(n.id);
    expect(after).toMatchObject({ state: 'council_passed', version: (before?.version ?? 0) + 1 });
    const events = (await repo(api).listAuditEvents(n.id, { limit: 100 })).items;
    expect(events.filter((e) => e.action === 'record_pass')).toHaveLength(1);
  });

  it('counts every one of four members voting at the same moment, each once', async () => {
    const n = await nominationIn(api, { awardCode: 'CSTD_TINH' });
    const { id } = await openMeeting(api, [n.id]);
    const members = await Promise.all(
      ['giamdoc.snv', 'hoidong1.snv', 'hoidong2.snv', 'hoidong3.snv'].map((u) => api.as(u)),
    );

    const statuses = await Promise.all(
      members.map(
        async (m) =>
          (await m.post(`/council/meetings/${id}/votes`, { nominationId: n.id, choice: 'approve' })).status,
      ),
    );

    expect(statuses).toEqual([201, 201, 201, 201]);
    expect(await repo(api).getTally(n.id)).toEqual({ approve: 4 });
  });
});
