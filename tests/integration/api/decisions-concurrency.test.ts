import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { nominationIn, repo } from '../support/council';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('decisions-race');
}, 120_000);
afterAll(() => api?.stop());

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe('concurrency over HTTP', () => {
  // 20 at once, not 50: the property is the same, and 50 on the local stack (one process for every
  // function, one DynamoDB Local that runs transactions one at a time) under the whole suite's
  // load on 2 cores passed the routes' 10 s timeout (503) — a limit of the emulation, where in
  // AWS each request has its own environment.
  it('lets exactly one of 20 simultaneous decisions on the same nomination win; the rest get 409, version +1, one event', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed');
    const director = await api.as('giamdoc.snv');

    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        director.post<{ number: string }>('/decisions', { nominationIds: [n.id] }),
      ),
    );
    const statuses = answers.map((a) => a.status);

    expect(count(statuses, 201)).toBe(1);
    expect(count(statuses, 409)).toBe(19);
    expect(await repo(api).get(n.id)).toMatchObject({ state: 'decided', version: n.version + 1 });
    const events = (await repo(api).listAuditEvents(n.id, { limit: 100 })).items;
    expect(events.filter((e) => e.action === 'decide')).toHaveLength(1);
    expect(answers.find((a) => a.status === 201)?.body.number).toBe('01/QĐ-SNV');
  });

  it('numbers two decisions signed at the same moment consecutively, without a gap', async () => {
    const a = await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed');
    const b = await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed');
    const director = await api.as('giamdoc.snv');

    const answers = await Promise.all(
      [a, b].map((n) => director.post<{ number: string }>('/decisions', { nominationIds: [n.id] })),
    );

    expect(answers.map((r) => r.status)).toEqual([201, 201]);
    expect(answers.map((r) => r.body.number).sort()).toEqual(['02/QĐ-SNV', '03/QĐ-SNV']);
  });

  it('answers a retried request with the same Idempotency-Key once, with the same decision', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed');
    const director = await api.as('giamdoc.snv');

    const first = await director.post<{ id: string }>(
      '/decisions',
      { nominationIds: [n.id] },
      { idempotencyKey: 'sign-once-1' },
    );
    const retry = await director.post<{ id: string }>(
      '/decisions',
      { nominationIds: [n.id] },
      { idempotencyKey: 'sign-once-1' },
    );

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
  });
});
