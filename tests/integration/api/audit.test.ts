import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
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
    await officer.put(`/nominations/${id}`, aDraft({ notes: 'Sửa lần 1' }));
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
