/**
 * A request whose process died leaves Powertools' idempotency record "in progress". Retries with
 * the same key are 409 IDEMPOTENCY_IN_PROGRESS while the first attempt could still be running,
 * and are served once it cannot (the function's timeout has passed), locally as in Lambda: the
 * local gateway gives each invocation the route's real timeout (ROUTE_TIMEOUT_SECONDS).
 */

import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionNameOf } from '../../../infra/api-functions';
import { buildContext, buildEvent, claimsAsApiGatewayPassesThem } from '../../../local/gateway/event';
import { idempotentHandler } from '../../../shared/http/idempotent-handler';
import { ROUTE_TIMEOUT_SECONDS } from '../../../shared/http/route';
import { submitNomination } from '../../../shared/http/routes/nominations';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
import { createDraft } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
beforeAll(async () => {
  api = await startTestApi('stuck-request');
  officer = await api.as('canbo.vanphong.snv');
}, 120_000);
afterAll(() => api?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a request whose process died', () => {
  it('is 409 while it could still be running, then the retry with the same key completes it once', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    const key = `submit-died-${id}`;
    const token = await api.tokenOf('canbo.vanphong.snv');
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    // The first attempt, as the gateway would run it, in a "process" that dies once Powertools
    // has recorded it in progress: its use case never returns (nothing written, nothing deleted).
    const dying = idempotentHandler(
      submitNomination,
      () => new Promise<never>(() => undefined),
      new DynamoDBPersistenceLayer({
        tableName: `${api.tableName}-idempotency`,
        awsSdkV3Client: api.app.dynamodb,
      }),
    );
    const started = Date.now();
    void dying(
      buildEvent(submitNomination, {
        method: 'POST',
        url: new URL(`${api.url}/nominations/${id}/submit`),
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
        body: Buffer.alloc(0),
        sourceIp: '127.0.0.1',
        pathParameters: { id },
        claims: claimsAsApiGatewayPassesThem(claims),
      }),
      buildContext(functionNameOf(submitNomination, 'nominations')),
    );
    await sleep(300);

    const meanwhile = await officer.post<{ error: { code: string } }>(
      `/nominations/${id}/submit`,
      undefined,
      {
        idempotencyKey: key,
      },
    );
    let retried = meanwhile;
    while (retried.status === 409 && Date.now() - started < (ROUTE_TIMEOUT_SECONDS + 5) * 1000) {
      await sleep(500);
      retried = await officer.post(`/nominations/${id}/submit`, undefined, { idempotencyKey: key });
    }
    const servedAfterMs = Date.now() - started;
    const timeline = await officer.get<{ events: { action: string }[] }>(`/nominations/${id}/timeline`);

    expect(meanwhile.status).toBe(409);
    expect(meanwhile.body.error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    expect(retried.status).toBe(200);
    expect(servedAfterMs).toBeGreaterThanOrEqual(ROUTE_TIMEOUT_SECONDS * 1000 - 500);
    expect(timeline.body.events.map((e) => e.action)).toEqual(['create', 'submit']);
  }, 30_000);
});
