/**
 * An anchored audit chain. Whoever can write the table can rewrite a nomination's whole chain
 * consistently (every hash recomputed, the head moved): it then verifies by itself. Each link was
 * anchored outside the table as it was written (the anchor writer on the table's stream, to
 * write-once files locally as to the Object Lock bucket in AWS), and verification compares the
 * chain with those anchors: the rewrite is found.
 */
import { DeleteItemCommand, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBackground } from '../../../local/background';
import { type AuditEvent, chainEvent } from '../../../shared/store/audit-chain';
import { toAttributes } from '../../../shared/store/dynamo/codec';
import { eventToItem } from '../../../shared/store/dynamo/nomination-item';
import { auditEventKey, nominationKey } from '../../../shared/store/keys';
import { testClock } from '../../support/clock';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';
import { backgrounds } from '../support/background';
import { repo } from '../support/council';
import { aDraft, createDraft } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
let secretary: ApiClient;
let background: RunningBackground;
const startBackground = backgrounds(() => api);
beforeAll(async () => {
  api = await startTestApi('audit-anchors');
  officer = await api.as('canbo.vanphong.snv');
  secretary = await api.as('thuky.snv');
  background = startBackground({ clock: testClock, auditAnchorDir: api.app.auditAnchorDir });
}, 120_000);
afterAll(() => api?.stop());

interface Verification {
  valid: boolean;
  brokenAt?: number;
  reason?: string;
  anchoredThrough: number;
  message: string;
}

/** Rewrites the chain from `fromSeq` on, every hash recomputed, and moves the nomination's head. */
async function rewriteConsistently(
  nominationId: string,
  fromSeq: number,
  change: (e: AuditEvent) => AuditEvent,
) {
  const events = (await repo(api).listAuditEvents(nominationId, { limit: 100 })).items;
  let previous = events.find((e) => e.seq === fromSeq - 1) ?? null;
  for (const event of events.filter((e) => e.seq >= fromSeq)) {
    const { prevHash: _p, hash: _h, ...body } = change(event);
    const rewritten = chainEvent(previous ? { seq: previous.seq, hash: previous.hash } : null, body);
    await api.app.dynamodb.send(
      new PutItemCommand({ TableName: api.tableName, Item: toAttributes(eventToItem(rewritten)) }),
    );
    previous = rewritten;
  }
  await api.app.dynamodb.send(
    new UpdateItemCommand({
      TableName: api.tableName,
      Key: toAttributes({ ...nominationKey(nominationId) }),
      UpdateExpression: 'SET lastEventHash = :hash',
      ExpressionAttributeValues: toAttributes({ ':hash': previous?.hash }),
    }),
  );
}

describe('the audit chain, anchored outside the table', () => {
  it('verifies against its anchors, and finds a whole chain rewritten consistently', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    await officer.put(
      `/nominations/${id}`,
      aDraft({ notes: 'Bổ sung thành tích' }),
      ifMatch(body.nomination.version),
    );
    expect((await officer.post(`/nominations/${id}/submit`)).status).toBe(200);
    await background.anchorPoller?.drain();

    const before = await secretary.get<Verification>(`/nominations/${id}/audit/verify`);
    // The withdrawal reason of the unit, changed after the fact, every hash recomputed.
    await rewriteConsistently(id, 2, (e) => ({ ...e, at: '2026-11-01T01:00:00.000Z' }));
    const after = await secretary.get<Verification>(`/nominations/${id}/audit/verify`);

    expect(before.body).toMatchObject({ valid: true, anchoredThrough: 3 });
    expect(after.body).toMatchObject({ valid: false, brokenAt: 2, reason: 'anchor-mismatch' });
    expect(after.body.message).toContain('viết lại');
  });

  it('finds a rewrite that was anchored too: one event, two anchored versions', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    await background.anchorPoller?.drain();
    // Deleted and inserted again (an INSERT the anchor writer sees): both versions are anchored.
    const events = (await repo(api).listAuditEvents(id, { limit: 10 })).items;
    const [first] = events;
    if (!first) throw new Error('no event');
    const { prevHash: _p, hash: _h, ...bodyOfFirst } = first;
    const forged = chainEvent(null, { ...bodyOfFirst, at: '2026-10-01T01:00:00.000Z' });
    await api.app.dynamodb.send(
      new DeleteItemCommand({
        TableName: api.tableName,
        Key: toAttributes({ ...auditEventKey(id, first.seq) }),
      }),
    );
    await api.app.dynamodb.send(
      new PutItemCommand({ TableName: api.tableName, Item: toAttributes(eventToItem(forged)) }),
    );
    await background.anchorPoller?.drain();
    await api.app.dynamodb.send(
      new UpdateItemCommand({
        TableName: api.tableName,
        Key: toAttributes({ ...nominationKey(id) }),
        UpdateExpression: 'SET lastEventHash = :hash',
        ExpressionAttributeValues: toAttributes({ ':hash': forged.hash }),
      }),
    );

    const verified = await secretary.get<Verification>(`/nominations/${id}/audit/verify`);

    expect(verified.body).toMatchObject({ valid: false, brokenAt: 1, reason: 'anchor-conflict' });
  });
});
