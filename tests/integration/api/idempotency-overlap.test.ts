/**
 * Idempotent requests of different routes that overlap in one process (the local gateway runs
 * them side by side, as a function serving several routes would if its calls interleaved): each
 * keeps its own record, so a retry with the same key gets the first answer, never "in progress".
 * Found by the load test (`npm run bench:load`): one persistence layer shared by the routes took
 * the key prefix of whichever route configured it last.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { anUnlistedPersonDraft, createDraft } from '../support/nominations';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('idempotency-overlap');
}, 60_000);
afterAll(() => api?.stop());

describe('overlapping idempotent requests of two routes', () => {
  it('each retried with its key gets its own first answer', async () => {
    const officer = await api.as('canbo.vanphong.snv');
    const drafts = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createDraft(officer, anUnlistedPersonDraft(900 + i))),
    );
    // Submissions (one route) and new drafts (another) at once, each with its own key.
    const calls = [
      ...drafts.map((draft) => ({
        key: randomUUID(),
        send: (key: string) =>
          officer.post(`/nominations/${draft.body.nomination.id}/submit`, undefined, { idempotencyKey: key }),
      })),
      ...Array.from({ length: 6 }, (_, i) => anUnlistedPersonDraft(950 + i)).map((draft) => ({
        key: randomUUID(),
        send: (key: string) => officer.post('/nominations', draft, { idempotencyKey: key }),
      })),
    ];
    const first = await Promise.all(calls.map((call) => call.send(call.key)));
    const again = await Promise.all(calls.map((call) => call.send(call.key)));

    expect(first.map((answer) => answer.status).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 201, 201, 201, 201, 201, 201,
    ]);
    expect(again.map((answer) => answer.status)).toEqual(first.map((answer) => answer.status));
    expect(again.map((answer) => answer.body)).toEqual(first.map((answer) => answer.body));
  }, 60_000);
});
