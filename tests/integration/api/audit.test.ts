import { randomUUID } from 'node:crypto';
import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser, signIn } from '../../../local/cognito/setup';
import { makeDynamoNominationRepository } from '../../../shared/store/dynamo';
import { testClock } from '../../support/clock';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';
import { aDraft, createAccepted, createDraft } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
let secretary: ApiClient;
beforeAll(async () => {
  api = await startTestApi('audit');
  officer = await api.as('canbo.vanphong.snv');
  secretary = await api.as('thuky.snv');
});
afterAll(() => api?.stop());

interface Verification {
  valid: boolean;
  brokenAt?: number;
  reason?: string;
  eventCount: number;
  message: string;
}

describe('the audit trail of a nomination', () => {
  it('lists every event with who, when, what and why, and its chain verifies', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    await officer.put(`/nominations/${id}`, aDraft({ notes: 'Sửa lần 1' }), ifMatch(body.nomination.version));
    await officer.post(`/nominations/${id}/submit`);
    await secretary.post(`/nominations/${id}/return`, {
      reason: 'Bổ sung',
      items: [{ kind: 'other', reason: 'Bổ sung bản sao chứng thực.' }],
    });

    const timeline = await officer.get<{
      events: {
        seq: number;
        action: string;
        at: string;
        actor: { userId: string; role: string };
        reason?: string;
      }[];
    }>(`/nominations/${id}/timeline`);
    const verified = await secretary.get<Verification>(`/nominations/${id}/audit/verify`);

    expect(timeline.status).toBe(200);
    expect(timeline.body.events.map((e) => [e.seq, e.action])).toEqual([
      [1, 'create'],
      [2, 'edit'],
      [3, 'submit'],
      [4, 'return'],
    ]);
    expect(timeline.body.events[3]).toMatchObject({
      reason: 'Bổ sung',
      actor: { role: 'council_secretary', userId: expect.any(String) },
    });
    for (const event of timeline.body.events) expect(Date.parse(event.at)).not.toBeNaN();
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ valid: true, eventCount: 4 });
  });

  it('reports a tampered event by its seq', async () => {
    const id = await createAccepted(officer, secretary);
    await api.app.dynamodb.send(
      new UpdateItemCommand({
        TableName: api.tableName,
        Key: { PK: { S: `NOM#${id}` }, SK: { S: 'EVT#0000000002' } },
        UpdateExpression: 'SET #actor.#role = :role',
        ExpressionAttributeNames: { '#actor': 'actor', '#role': 'role' },
        ExpressionAttributeValues: { ':role': { S: 'director' } },
      }),
    );

    const res = await officer.get<Verification>(`/nominations/${id}/audit/verify`);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ valid: false, brokenAt: 2, reason: 'hash-mismatch' });
    expect(res.body.message).toMatch(/số 2/);
  });

  it('answers 404 to another Sở and 403 to an administrator', async () => {
    const { body } = await createDraft(officer);
    const stc = await api.as('canbo.vanphong.stc');
    const admin = await api.as('quantri');

    expect((await stc.get(`/nominations/${body.nomination.id}/timeline`)).status).toBe(404);
    expect((await stc.get(`/nominations/${body.nomination.id}/audit/verify`)).status).toBe(404);
    expect((await admin.get(`/nominations/${body.nomination.id}/audit/verify`)).status).toBe(403);
  });
});

interface TimelineEvent {
  seq: number;
  action: string;
  actor: { userId: string; role: string; name?: string };
}

describe('who acted, on the timeline', () => {
  it('names the person behind each event next to the role they acted in', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    await officer.post(`/nominations/${id}/submit`);
    await secretary.post(`/nominations/${id}/return`, {
      reason: 'Bổ sung',
      items: [{ kind: 'other', reason: 'Bổ sung bản sao chứng thực.' }],
    });

    const timeline = await officer.get<{ events: TimelineEvent[] }>(`/nominations/${id}/timeline`);
    const detail = await secretary.get<{ timeline: TimelineEvent[] }>(`/nominations/${id}`);
    const verified = await officer.get<Verification>(`/nominations/${id}/audit/verify`);

    expect(timeline.status).toBe(200);
    expect(timeline.body.events.map((e) => [e.action, e.actor.role, e.actor.name])).toEqual([
      ['create', 'unit_officer', 'Nguyễn Văn An'],
      ['submit', 'unit_officer', 'Nguyễn Văn An'],
      ['return', 'council_secretary', 'Trần Thị Cúc'],
    ]);
    expect(detail.body.timeline.map((e) => e.actor.name)).toEqual([
      'Nguyễn Văn An',
      'Nguyễn Văn An',
      'Trần Thị Cúc',
    ]);
    expect(verified.body).toMatchObject({ valid: true, eventCount: 3 });
  });

  it('shows an event recorded before names were kept by its role, and the trail still verifies', async () => {
    // A draft as the API writes it, copied as the code before names wrote it: actor id and role only.
    const repo = makeDynamoNominationRepository({
      client: api.app.dynamodb,
      tableName: api.tableName,
      clock: testClock,
    });
    const { body } = await createDraft(officer);
    const model = await repo.get(body.nomination.id);
    const [modelEvent] = (await repo.listAuditEvents(body.nomination.id, { limit: 1 })).items;
    if (!model || !modelEvent) throw new Error('arrange failed');
    const {
      id: _id,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      lastEventSeq: _s,
      lastEventHash: _h,
      ...fields
    } = model;
    const old = await repo.create({
      ...fields,
      id: `nom-old-${randomUUID().slice(0, 8)}`,
      event: { action: 'create', actor: { userId: modelEvent.actor.userId, role: 'unit_officer' } },
    });
    // …then people act on it today.
    expect((await officer.post(`/nominations/${old.id}/submit`)).status).toBe(200);
    expect((await secretary.post(`/nominations/${old.id}/accept`)).status).toBe(200);

    const timeline = await officer.get<{ events: TimelineEvent[] }>(`/nominations/${old.id}/timeline`);
    const verified = await secretary.get<Verification>(`/nominations/${old.id}/audit/verify`);

    expect(timeline.status).toBe(200);
    expect(timeline.body.events[0]).toEqual(
      expect.objectContaining({ seq: 1, actor: { userId: modelEvent.actor.userId, role: 'unit_officer' } }),
    );
    expect(timeline.body.events.slice(1).map((e) => [e.action, e.actor.name])).toEqual([
      ['submit', 'Nguyễn Văn An'],
      ['accept', 'Trần Thị Cúc'],
    ]);
    expect(verified.body).toMatchObject({ valid: true, eventCount: 3 });
  });

  it('records the name NFC-normalised and answers HTML in it as plain text', async () => {
    const email = `ten-${randomUUID().slice(0, 8)}@test.example.vn`;
    const password = 'Mat-khau-ten-2026';
    await ensureUser(api.app.cognito, api.app.pool, {
      email,
      password,
      name: 'Đỗ <b>Thị</b> Ánh'.normalize('NFD'),
      roles: ['unit_officer'],
      orgId: 'org-snv',
      unitId: 'unit-snv-vp',
    });
    const token = await signIn(api.app.cognito, api.app.pool, email, password);
    const created = await fetch(`${api.url}/nominations`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify(aDraft()),
    });
    const { nomination } = (await created.json()) as { nomination: { id: string } };

    const timeline = await officer.get<{ events: TimelineEvent[] }>(`/nominations/${nomination.id}/timeline`);

    expect(created.status).toBe(201);
    expect(timeline.body.events[0]?.actor.name).toBe('Đỗ <b>Thị</b> Ánh'.normalize('NFC'));
    expect((await officer.get<Verification>(`/nominations/${nomination.id}/audit/verify`)).body.valid).toBe(
      true,
    );
  });

  it('changing a recorded name breaks the chain at that event', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    await api.app.dynamodb.send(
      new UpdateItemCommand({
        TableName: api.tableName,
        Key: { PK: { S: `NOM#${id}` }, SK: { S: 'EVT#0000000001' } },
        UpdateExpression: 'SET #actor.#name = :name',
        ExpressionAttributeNames: { '#actor': 'actor', '#name': 'name' },
        ExpressionAttributeValues: { ':name': { S: 'Trần Thị Cúc' } },
      }),
    );

    const res = await officer.get<Verification>(`/nominations/${id}/audit/verify`);

    expect(res.body).toMatchObject({ valid: false, brokenAt: 1, reason: 'hash-mismatch' });
  });
});
