import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';
import { aDraft, createDraft } from '../support/nominations';

let api: TestApi;
let admin: ApiClient;
beforeAll(async () => {
  api = await startTestApi('activity');
  admin = await api.as('quantri');
}, 120_000);
afterAll(() => api?.stop());

interface Entry {
  at: string;
  kind: string;
  entity: string;
  entityId: string;
  action: string;
  actor: { userId: string; name?: string };
  details?: Record<string, unknown>;
}

/** Every page of a month's activity. */
async function month(who: ApiClient, value: string): Promise<Entry[]> {
  const items: Entry[] = [];
  let cursor: string | undefined;
  do {
    const res = await who.get<{ items: Entry[]; cursor?: string }>(
      `/activity?month=${value}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.cursor;
  } while (cursor);
  return items;
}

describe("the system's activity, for the administrator", () => {
  it("lists a nomination's events and a registry change of the month, newest first, with who acted", async () => {
    const officer = await api.as('canbo.vanphong.snv');
    const draft = (await createDraft(officer, aDraft())).body.nomination;
    const unit = await admin.get<{ version: number; name: string }>('/units/unit-snv-tcbc');
    const renamed = await admin.patch(
      '/units/unit-snv-tcbc',
      { name: `${unit.body.name} ` },
      ifMatch(unit.body.version),
    );
    expect(renamed.status).toBe(200);

    const read = await officer.get<{ nomination: { createdAt: string } }>(`/nominations/${draft.id}`);
    const entries = await month(admin, read.body.nomination.createdAt.slice(0, 7));

    const created = entries.find((e) => e.kind === 'nomination' && e.entityId === draft.id);
    expect(created).toMatchObject({ entity: 'nomination', action: 'create' });
    expect(created?.actor.name).toBe('Nguyễn Văn An');
    const change = entries.find(
      (e) => e.kind === 'registry' && e.entity === 'unit' && e.entityId === 'unit-snv-tcbc',
    );
    expect(change).toMatchObject({
      action: 'update',
      actor: expect.objectContaining({ name: 'Quản trị hệ thống' }),
    });
    expect(change?.details).toHaveProperty('before');
    const times = entries.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('is the administrator’s only, and asks for a month written yyyy-mm', async () => {
    const secretary = await api.as('thuky.snv');

    expect((await secretary.get('/activity?month=2026-11')).status).toBe(403);
    expect((await admin.get('/activity?month=2026-13')).status).toBe(400);
    expect((await admin.get('/activity')).status).toBe(400);
  });
});
