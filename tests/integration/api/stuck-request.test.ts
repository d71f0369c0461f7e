/**
 * A request whose process died. Its idempotency record is written inside its change
 * (`shared/store/dynamo/request-claim.ts`). Run ahead of its change (the usual case), a request
 * sends its change only with its answer: a process that died before left nothing, and the retry
 * runs at once. Run as usual (a route acting outside DynamoDB, or one that makes several
 * changes), one that died after its change left the record without its answer: retries with the
 * same key are 409 IDEMPOTENCY_IN_PROGRESS while the first attempt could still be running, then
 * 409 IDEMPOTENCY_ALREADY_APPLIED — never a second effect. Locally as in Lambda: the local
 * gateway gives each invocation the route's real timeout (ROUTE_TIMEOUT_SECONDS).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionNameOf } from '../../../infra/api-functions';
import { buildContext, buildEvent, claimsAsApiGatewayPassesThem } from '../../../local/gateway/event';
import { campaigns, clock, nominations, persons, ruleOverrides } from '../../../shared/adapters';
import { makeSubmitNomination } from '../../../shared/app/nominations/submit-nomination';
import type { RouteFunction } from '../../../shared/http/http-handler';
import { idempotentHandler } from '../../../shared/http/idempotent-handler';
import { ROUTE_TIMEOUT_SECONDS } from '../../../shared/http/route';
import { submitNomination } from '../../../shared/http/routes/nominations';
import { compose } from '../../../shared/runtime';
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
const never = () => new Promise<never>(() => undefined);

/** Starts a first attempt, as the gateway would run it, whose process dies inside `dying`. */
async function startDyingAttempt(
  id: string,
  key: string,
  dying: RouteFunction<typeof submitNomination>,
  options: { readonly runAhead?: boolean } = {},
) {
  const token = await api.tokenOf('canbo.vanphong.snv');
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;
  void idempotentHandler(
    submitNomination,
    dying,
    options,
  )(
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
}

const timelineOf = async (id: string) =>
  (await officer.get<{ events: { action: string }[] }>(`/nominations/${id}/timeline`)).body.events.map(
    (e) => e.action,
  );

describe('a request whose process died', () => {
  it('run ahead of its change, whatever it reached: the retry runs at once and has its one effect', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    const key = `submit-died-early-${id}`;
    // The real use case holds its change, then the process dies before it has answered.
    const submit = compose(makeSubmitNomination, { nominations, persons, campaigns, clock, ruleOverrides });
    await startDyingAttempt(id, key, async ({ principal, params }) => {
      await submit(principal, params.id);
      return never();
    });

    const retried = await officer.post(`/nominations/${id}/submit`, undefined, { idempotencyKey: key });
    const again = await officer.post(`/nominations/${id}/submit`, undefined, { idempotencyKey: key });

    expect(retried.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(retried.body);
    expect(await timelineOf(id)).toEqual(['create', 'submit']);
  }, 30_000);

  it('run as usual, after its change: 409 while it could still be running, then 409 already applied, never twice', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    const key = `submit-died-late-${id}`;
    // The real use case makes the change, then the process dies before the answer is recorded.
    const submit = compose(makeSubmitNomination, { nominations, persons, campaigns, clock, ruleOverrides });
    const started = Date.now();
    await startDyingAttempt(
      id,
      key,
      async ({ principal, params }) => {
        await submit(principal, params.id);
        return never();
      },
      { runAhead: false },
    );

    const meanwhile = await officer.post<{ error: { code: string } }>(
      `/nominations/${id}/submit`,
      undefined,
      {
        idempotencyKey: key,
      },
    );
    let later = meanwhile;
    while (
      later.body.error?.code === 'IDEMPOTENCY_IN_PROGRESS' &&
      Date.now() - started < (ROUTE_TIMEOUT_SECONDS + 5) * 1000
    ) {
      await sleep(500);
      later = await officer.post(`/nominations/${id}/submit`, undefined, { idempotencyKey: key });
    }
    const answeredAfterMs = Date.now() - started;

    expect(meanwhile.status).toBe(409);
    expect(meanwhile.body.error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    expect(later.status).toBe(409);
    expect(later.body.error.code).toBe('IDEMPOTENCY_ALREADY_APPLIED');
    expect(answeredAfterMs).toBeGreaterThanOrEqual(ROUTE_TIMEOUT_SECONDS * 1000 - 500);
    expect(await timelineOf(id)).toEqual(['create', 'submit']);
  }, 30_000);
});
