/**
 * The idempotency record written inside the request's own change (`shared/http/idempotency.ts`,
 * `shared/store/dynamo/request-claim.ts`): a key names one request (route, caller, path, body);
 * simultaneous sends of one request have one effect; a refused attempt leaves no record, so its
 * retry runs; a request's record holds its answer.
 */
import { randomUUID } from 'node:crypto';
import { GetItemCommand, type TransactWriteItemsCommandInput } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../support/clock';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';
import { commandsSentBy } from '../support/commands';
import { anUnlistedPersonDraft, createDraft } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
beforeAll(async () => {
  api = await startTestApi('idempotency-record');
  officer = await api.as('canbo.vanphong.snv');
}, 120_000);
afterAll(() => api?.stop());

interface ErrorBody {
  readonly error: { readonly code: string };
}
const timelineOf = async (id: string) =>
  (await officer.get<{ events: { action: string }[] }>(`/nominations/${id}/timeline`)).body.events.map(
    (e) => e.action,
  );

describe('the idempotency record', () => {
  it('names one request: the same key on another nomination is 409 and changes nothing there', async () => {
    const first = await createDraft(officer, anUnlistedPersonDraft(701));
    const second = await createDraft(officer, anUnlistedPersonDraft(702));
    const key = randomUUID();

    const sent = await officer.post(`/nominations/${first.body.nomination.id}/submit`, undefined, {
      idempotencyKey: key,
    });
    const other = await officer.post<ErrorBody>(
      `/nominations/${second.body.nomination.id}/submit`,
      undefined,
      {
        idempotencyKey: key,
      },
    );

    expect(sent.status).toBe(200);
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await timelineOf(second.body.nomination.id)).toEqual(['create']);
  });

  it('gives one request sent eight times at once one effect; every 200 is the same answer', async () => {
    const key = randomUUID();
    const draft = anUnlistedPersonDraft(703);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        officer.post<{ nomination: { id: string } } & ErrorBody>('/nominations', draft, {
          idempotencyKey: key,
        }),
      ),
    );
    const created = answers.filter((answer) => answer.status === 201);
    const others = answers.filter((answer) => answer.status !== 201);

    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    // The others came while the first had made its change but not yet written its answer.
    expect(others.map((answer) => [answer.status, answer.body.error.code])).toEqual(
      others.map(() => [409, 'IDEMPOTENCY_IN_PROGRESS']),
    );
    const list = await officer.get<{ items: { nominee: { name: string } }[] }>('/nominations?limit=100');
    expect(list.body.items.filter((item) => item.nominee.name === 'Cán bộ thử nghiệm số 703')).toHaveLength(
      1,
    );
  });

  it('is not left by a refused attempt: its retry with the same key runs', async () => {
    const { body } = await createDraft(officer, anUnlistedPersonDraft(704));
    const id = body.nomination.id;
    const key = randomUUID();

    const stale = await officer.post<ErrorBody>(`/nominations/${id}/submit`, undefined, {
      idempotencyKey: key,
      ...ifMatch(body.nomination.version + 5),
    });
    const retried = await officer.post(`/nominations/${id}/submit`, undefined, {
      idempotencyKey: key,
      ...ifMatch(body.nomination.version),
    });

    expect(stale.status).toBe(409);
    expect(stale.body.error.code).not.toMatch(/^IDEMPOTENCY/);
    expect(retried.status).toBe(200);
    expect(await timelineOf(id)).toEqual(['create', 'submit']);
  });

  it('goes with the change and its answer in one transaction, and nothing is written after', async () => {
    const { body } = await createDraft(officer, anUnlistedPersonDraft(706));
    const sent = await commandsSentBy(async () => {
      const answer = await officer.post(`/nominations/${body.nomination.id}/submit`, undefined, {
        idempotencyKey: randomUUID(),
      });
      expect(answer.status).toBe(200);
    });

    const writes = sent.filter(({ command }) => !/^(Get|Query|BatchGet)/.test(command));
    expect(writes.map(({ command }) => command)).toEqual(['TransactWriteItemsCommand']);
    const items = (writes[0]?.input as TransactWriteItemsCommandInput | undefined)?.TransactItems ?? [];
    const record = items.find((item) => item.Put?.TableName === `${api.tableName}-idempotency`);
    expect(JSON.parse(record?.Put?.Item?.answer?.S ?? '{}').body.state).toBe('submitted');
    expect(items.some((item) => item.Update?.TableName === api.tableName)).toBe(true);
  });

  it('goes with the draft of a capped award too: the quota it answers with is read before its one write', async () => {
    type Created = { eligibility?: { results: { ruleId: string }[] } };
    const answers: { status: number; body: Created }[] = [];
    const sent = await commandsSentBy(async () => {
      answers.push(
        await officer.post<Created>('/nominations', anUnlistedPersonDraft(707, { awardCode: 'CSTDCS' }), {
          idempotencyKey: randomUUID(),
        }),
      );
    });

    expect(answers.map((answer) => answer.status)).toEqual([201]);
    const results = answers[0]?.body.eligibility?.results ?? [];
    expect(results.map((result) => result.ruleId)).toContain('CSTDCS.quota');
    // Run ahead of its change: one write, nothing sent after it, nothing run a second time.
    const commands = sent.map(({ command }) => command);
    expect(commands.filter((command) => !/^(Get|Query|BatchGet)/.test(command))).toEqual([
      'TransactWriteItemsCommand',
    ]);
    expect(commands.at(-1)).toBe('TransactWriteItemsCommand');
  });

  it('holds the answer it gave, beside the hash of the request, for 24 hours', async () => {
    const { body } = await createDraft(officer, anUnlistedPersonDraft(705));
    const key = randomUUID();
    const sent = await officer.post(`/nominations/${body.nomination.id}/submit`, undefined, {
      idempotencyKey: key,
    });
    const sub = JSON.parse(
      Buffer.from((await api.tokenOf('canbo.vanphong.snv')).split('.')[1] ?? '', 'base64url').toString(),
    ).sub as string;

    const { Item } = await api.app.dynamodb.send(
      new GetItemCommand({
        TableName: `${api.tableName}-idempotency`,
        Key: { id: { S: `submit-nomination#${sub}#${key}` } },
        ConsistentRead: true,
      }),
    );

    expect(JSON.parse(Item?.answer?.S ?? '{}').body).toEqual(sent.body);
    expect(Item?.requestHash?.S).toMatch(/^[\w-]{43}$/);
    expect(Item?.runningUntil).toBeUndefined();
    const ttl = Number(Item?.expiration?.N) - Math.floor(testClock.now().getTime() / 1000);
    expect(ttl).toBeGreaterThan(23 * 3600);
    expect(ttl).toBeLessThanOrEqual(24 * 3600 + 5);
  });
});
