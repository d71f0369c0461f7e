/**
 * The storage going away is a 503 in the error model with Retry-After, never a bare 500, and
 * leaves nothing half-written: the same request retried once it is back has its one effect.
 * DynamoDB Local sits behind a loopback proxy that stops accepting connections (a real network
 * fault; the handlers, the SDK and the table are the real ones).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
import { type LossyProxy, startLossyProxy } from '../support/lossy-proxy';
import { createDraft } from '../support/nominations';

let api: TestApi;
let proxy: LossyProxy;
let officer: ApiClient;
beforeAll(async () => {
  proxy = await startLossyProxy(inject('dynamodbEndpoint'));
  api = await startTestApi('storage-down', { dynamodbEndpoint: proxy.url });
  officer = await api.as('canbo.vanphong.snv');
}, 120_000);
afterAll(async () => {
  proxy?.setDown(false);
  await api?.stop();
  await proxy?.stop();
});

type ErrorAnswer = { error: { code: string; message: string } };

describe('while the storage cannot be reached', () => {
  it('answers a read and a change with 503 SERVICE_UNAVAILABLE and Retry-After; the retried change then has its one effect', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    const key = `submit-while-down-${id}`;

    proxy.setDown(true);
    const read = await officer.get<ErrorAnswer>(`/nominations/${id}`);
    const submit = await officer.post<ErrorAnswer>(`/nominations/${id}/submit`, undefined, {
      idempotencyKey: key,
    });
    proxy.setDown(false);
    const untouched = await officer.get<{ nomination: { state: string; version: number } }>(
      `/nominations/${id}`,
    );
    const retried = await officer.post<{ state: string }>(`/nominations/${id}/submit`, undefined, {
      idempotencyKey: key,
    });
    const timeline = await officer.get<{ events: { action: string }[] }>(`/nominations/${id}/timeline`);

    expect([read.status, submit.status]).toEqual([503, 503]);
    expect(read.body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(submit.body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(Number(read.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(untouched.body.nomination).toMatchObject({ state: 'draft', version: body.nomination.version });
    expect(retried.status).toBe(200);
    expect(timeline.body.events.map((e) => e.action)).toEqual(['create', 'submit']);
  });
});

describe('an answer from the storage lost after it applied a change', () => {
  // The SDK retries the same TransactWriteItems with the same client request token; DynamoDB
  // answers with the first outcome. A regression test: a retry without the token would be a 409.
  it('is the change’s own success on the SDK’s retry (client request token), not a 409 against itself', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    proxy.loseNextAnswers(1, (headers) => headers['x-amz-target'] === 'DynamoDB_20120810.TransactWriteItems');

    const submit = await officer.post<{ state: string; version: number }>(`/nominations/${id}/submit`);
    const timeline = await officer.get<{ events: { action: string }[] }>(`/nominations/${id}/timeline`);

    expect(submit.status).toBe(200);
    expect(submit.body).toMatchObject({ state: 'submitted', version: body.nomination.version + 1 });
    expect(timeline.body.events.map((e) => e.action)).toEqual(['create', 'submit']);
  });
});
