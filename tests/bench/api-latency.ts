/**
 * API latency benchmark: submit, vote and list through the local gateway (real JWT checks, real
 * handlers, DynamoDB Local), each next to the raw DynamoDB calls that operation cannot do without,
 * measured in the same run against the same table, reported as p50/p95 and as ratios. It also
 * counts the DynamoDB requests each operation makes (by command), so "one transaction per state
 * change, one query per list, no scan" is a number, not a claim.
 *
 *   npm run bench:api                 # 30 operations of each kind
 *   npm run bench:api -- --n 45
 *   npm run bench:api -- --check      # exit 1 when a goal (P3) is missed
 *
 * Absolute times on DynamoDB Local say little about AWS; the ratios say what our layers add. Beside
 * the lists, the same list's function is invoked as the Lambda runtime invokes it (no HTTP, no
 * local gateway) and an empty round trip to the gateway is timed: what is ours, and what is the
 * local stand-in for API Gateway's part, measured apart in the same run.
 */

import { randomUUID } from 'node:crypto';
import { GetItemCommand, QueryCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { makeIdTokenClaimsCompleter } from '../../local/cognito/id-token-claims';
import { signIn } from '../../local/cognito/setup';
import { buildContext, buildEvent, claimsAsApiGatewayPassesThem } from '../../local/gateway/event';
import { makeJwtVerifier } from '../../local/gateway/jwt';
import { DEMO_PASSWORD } from '../../local/seed/demo-province';
import { EXAMPLE_DRAFT } from '../../shared/http/routes/nomination-schemas';
import { listUnitNominations } from '../../shared/http/routes/nominations';
import { NOMINATION_HEAD_ATTRIBUTES } from '../../shared/store/dynamo/nomination-item';
import { projectionOf } from '../../shared/store/dynamo/query-page';
import { makeBenchClient } from './http-client';
import { countRequests } from './request-counter';
import { startSeededApp } from './seeded-app';

const args = process.argv.slice(2);
const nArg = args.indexOf('--n');
const N = nArg >= 0 ? Number(args[nArg + 1]) : 30;
const check = args.includes('--check');
/** Reads are cheap and their ratio sits near its goal: four times the samples of the changes. */
const LIST_N = 4 * N;
/** Unmeasured rounds of every raw call and list before the measurements (see below). */
const WARM_UP = 100;
const TABLE = 'tdkt-bench';

const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timed<T>(samples: number[], run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  samples.push(performance.now() - started);
  return result;
}

async function main(): Promise<void> {
  const seeded = await startSeededApp(TABLE);
  const { app } = seeded;
  try {
    const token = (who: string) =>
      signIn(app.cognito, app.pool, `${who}@hatinh.tdkt.example.vn`, DEMO_PASSWORD);
    const [unit, secretary] = await Promise.all([token('canbo.vanphong.snv'), token('thuky.snv')]);
    // hoidong1 sits for the Văn phòng, the unit of the nominees: recused, so not among the voters here.
    const members = await Promise.all(['giamdoc.snv', 'hoidong2.snv', 'hoidong3.snv'].map(token));
    const client = makeBenchClient(app.apiUrl, 4);
    const call = async (bearer: string, method: string, path: string, body?: unknown) => {
      const answer = await client.call(bearer, method, path, body);
      if (answer.status >= 300)
        throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    };
    // Warm every handler module and the JWKS once, outside the measurements.
    // A person typed in without a directory id: the one-annual-nomination-per-year claim does not
    // apply, so the same example can be submitted many times.
    const { personId: _listed, ...unlisted } = EXAMPLE_DRAFT.nominee;
    // Each document's file uploaded once to the unit (acceptance asks for them), as a browser does.
    const uploaded = async (kind: string) => {
      const asked = (await call(unit, 'POST', '/units/unit-snv-vp/uploads', {
        kind,
        fileName: `${kind}.pdf`,
        contentType: 'application/pdf',
        size: 16,
      })) as { uploadId: string; url: string; fields: Record<string, string> };
      const form = new FormData();
      for (const [name, value] of Object.entries(asked.fields)) form.append(name, value);
      form.append('file', new Blob(['%PDF-1.7\n%%EOF\n'], { type: 'application/pdf' }), `${kind}.pdf`);
      await fetch(asked.url, { method: 'POST', body: form });
      const recorded = (await call(unit, 'POST', '/units/unit-snv-vp/files', {
        uploadId: asked.uploadId,
        kind,
        fileName: `${kind}.pdf`,
      })) as { fileRef: string };
      return recorded.fileRef;
    };
    const dossier = [];
    for (const item of EXAMPLE_DRAFT.dossier) dossier.push({ ...item, fileRef: await uploaded(item.kind) });
    const draft = { ...EXAMPLE_DRAFT, nominee: unlisted, dossier };
    const draftId = async () =>
      ((await call(unit, 'POST', '/nominations', draft)) as { nomination: { id: string } }).nomination.id;
    await call(unit, 'POST', `/nominations/${await draftId()}/submit`);
    await call(unit, 'GET', '/nominations?limit=20');

    // The raw floor of each operation: the DynamoDB calls it cannot do without, same table. Each
    // raw sample is taken right after its API sample, so the background work the API's changes
    // start (the mail of a decision, read from the stream) and the machine's noise weigh on both.
    const db = app.dynamodb;
    const listRaw: number[] = [];
    const submitRaw: number[] = [];
    const voteRaw: number[] = [];
    const listPageRaw: number[] = [];
    // A list reads only what it shows (no dossier form): the floor is that same projected Query.
    const head = projectionOf(NOMINATION_HEAD_ATTRIBUTES);
    const rawList = (samples: number[], limit: number) =>
      timed(samples, () =>
        db.send(
          new QueryCommand({
            TableName: TABLE,
            IndexName: 'GSI1',
            KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :sk)',
            ProjectionExpression: head.expression,
            ExpressionAttributeNames: { ...head.names, '#pk': 'GSI1PK', '#sk': 'GSI1SK' },
            ExpressionAttributeValues: marshall({ ':pk': 'UNIT#unit-snv-vp', ':sk': 'NOM#' }),
            Limit: limit,
          }),
        ),
      );
    const rawChange = async (samples: number[], withVote: boolean) => {
      const pk = `NOM#bench-${randomUUID()}`;
      await timed(samples, async () => {
        await db.send(
          new GetItemCommand({
            TableName: TABLE,
            Key: marshall({ PK: pk, SK: 'META' }),
            ConsistentRead: true,
          }),
        );
        await db.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              {
                Put: {
                  TableName: TABLE,
                  Item: marshall({ PK: pk, SK: 'META', version: 2, state: 'submitted' }),
                  ConditionExpression: 'attribute_not_exists(PK)',
                },
              },
              {
                Put: {
                  TableName: TABLE,
                  Item: marshall({ PK: pk, SK: 'EVT#0000000002', action: 'submit', hash: 'x'.repeat(64) }),
                  ConditionExpression: 'attribute_not_exists(PK)',
                },
              },
              ...(withVote
                ? [
                    {
                      Put: {
                        TableName: TABLE,
                        Item: marshall({ PK: pk, SK: 'VOTE#member' }),
                        ConditionExpression: 'attribute_not_exists(PK)',
                      },
                    },
                  ]
                : []),
            ],
          }),
        );
      });
    };

    // The list's function invoked as the Lambda runtime invokes it: the API Gateway event the local
    // gateway builds (the same verified, completed claims), handed to the function's router, with
    // no HTTP in front. It is measured beside the API, not held to a goal: it shows what the
    // deployed code adds to the Query, and what the local gateway and the loopback HTTP hop add
    // on top (in AWS, API Gateway's own cost takes their place).
    const verify = await makeJwtVerifier({ issuer: app.pool.issuer, audience: app.pool.clientId });
    const claims = claimsAsApiGatewayPassesThem(
      await makeIdTokenClaimsCompleter(
        app.cognito,
        app.pool,
      )((await verify(unit)) as unknown as Record<string, unknown>),
    );
    const listFunction = app.functions.handlerOf(listUnitNominations);
    const listFunctionName = app.functions.nameOf(listUnitNominations);
    const invokeList = (samples: number[], limit: number) =>
      timed(samples, async () => {
        const event = buildEvent(listUnitNominations, {
          method: 'GET',
          url: new URL(`${app.apiUrl}/nominations?limit=${limit}`),
          headers: { authorization: `Bearer ${unit}`, host: new URL(app.apiUrl).host },
          body: Buffer.alloc(0),
          sourceIp: '127.0.0.1',
          pathParameters: {},
          claims,
        });
        const result = await listFunction(event, buildContext(listFunctionName));
        if (result.statusCode !== 200) throw new Error(`list function: ${result.statusCode} ${result.body}`);
      });

    const counter = countRequests();
    const drafts: string[] = [];
    for (let i = 0; i < N; i++) drafts.push(await draftId());
    // The lists read two pages: the API's default (20) and the screens' (100,
    // `web/src/api/load-all.ts`), so the unit holds more than a hundred nominations. Creating them
    // is also the warm-up of the write path, for DynamoDB Local's JIT compiler as for ours: a cold
    // DynamoDB Local costs several times the CPU per request of a warm one (docs/performance.md, P5).
    for (let i = drafts.length; i < 110; i++) await draftId();
    for (let i = 0; i < WARM_UP; i++) {
      await rawChange([], i % 2 === 0);
      await call(unit, 'GET', '/nominations?limit=20');
      await rawList([], 20);
      await call(unit, 'GET', '/nominations?limit=100');
      await rawList([], 100);
      await invokeList([], 20);
      await invokeList([], 100);
    }

    const submitApi: number[] = [];
    const submitCounts = await counter.during(async () => {
      for (const id of drafts) {
        await timed(submitApi, () => call(unit, 'POST', `/nominations/${id}/submit`));
        counter.pause();
        await rawChange(submitRaw, false);
        counter.resume();
      }
    });
    const listApi: number[] = [];
    const listPageApi: number[] = [];
    const listFn: number[] = [];
    const listPageFn: number[] = [];
    // An empty round trip to the local gateway: a CORS preflight, answered before any routing.
    const emptyHop: number[] = [];
    const listCounts = await counter.during(async () => {
      for (let i = 0; i < LIST_N; i++) {
        await timed(listApi, () => call(unit, 'GET', '/nominations?limit=20'));
        counter.pause();
        await rawList(listRaw, 20);
        await invokeList(listFn, 20);
        await timed(emptyHop, () => client.call(unit, 'OPTIONS', '/nominations'));
        counter.resume();
      }
    });
    const listPageCounts = await counter.during(async () => {
      for (let i = 0; i < LIST_N; i++) {
        await timed(listPageApi, () => call(unit, 'GET', '/nominations?limit=100'));
        counter.pause();
        await rawList(listPageRaw, 100);
        await invokeList(listPageFn, 100);
        counter.resume();
      }
    });

    for (const id of drafts) await call(secretary, 'POST', `/nominations/${id}/accept`);
    const council = (await call(secretary, 'GET', '/organisations/org-snv/council')) as {
      members: { email: string; memberId: string }[];
    };
    const present = council.members.filter((m) => !m.email.startsWith('thuky.')).map((m) => m.memberId);
    const meeting = (await call(secretary, 'POST', '/council/meetings', {
      nominationIds: drafts,
      present,
    })) as {
      id: string;
    };
    const voteApi: number[] = [];
    const voteCounts = await counter.during(async () => {
      for (const id of drafts) {
        await timed(voteApi, () =>
          call(
            members[voteApi.length % members.length] ?? unit,
            'POST',
            `/council/meetings/${meeting.id}/votes`,
            {
              nominationId: id,
              choice: 'approve',
            },
          ),
        );
        counter.pause();
        await rawChange(voteRaw, true);
        counter.resume();
      }
    });

    const perOp = (counts: Record<string, number>, samples: number) =>
      Object.entries(counts)
        .map(([command, count]) => `${command.replace(/Command$/, '')} ${(count / samples).toFixed(2)}`)
        .join(', ');
    const rows = [
      ['submit', submitApi, submitRaw, submitCounts.counts, 'GetItem + TransactWriteItems(update, event)', 2],
      ['vote', voteApi, voteRaw, voteCounts.counts, 'GetItem + TransactWriteItems(update, event, vote)', 2],
      ['list', listApi, listRaw, listCounts.counts, 'Query GSI1, list fields (20 items)', 1.3],
      [
        'list100',
        listPageApi,
        listPageRaw,
        listPageCounts.counts,
        'Query GSI1, list fields (100 items)',
        1.3,
      ],
    ] as const;
    const missed: string[] = [];
    const waited = {
      submit: submitCounts.waitedMs,
      vote: voteCounts.waitedMs,
      list: listCounts.waitedMs,
      list100: listPageCounts.waitedMs,
    };
    console.log(
      `\nAPI latency through the local gateway vs raw DynamoDB floor — ${N} changes and ${LIST_N} lists of each kind\n`,
    );
    console.log('op      api p50    api p95    raw p50    raw p95    p50 ×   p95 ×  goal   raw floor');
    for (const [op, api, raw, , floor, goal] of rows) {
      const [a50, a95, r50, r95] = [
        percentile(api, 50),
        percentile(api, 95),
        percentile(raw, 50),
        percentile(raw, 95),
      ];
      console.log(
        `${op.padEnd(7)} ${ms(a50).padStart(9)}  ${ms(a95).padStart(9)}  ${ms(r50).padStart(9)}  ${ms(r95).padStart(9)}  ${(a50 / r50).toFixed(2).padStart(5)}  ${(a95 / r95).toFixed(2).padStart(6)}  ≤${goal.toFixed(1)}   ${floor}`,
      );
      if (a50 / r50 > goal) missed.push(`${op} p50 ${(a50 / r50).toFixed(2)}× > ${goal}×`);
    }
    console.log('\nDynamoDB requests per operation (all tables, idempotency records included):');
    for (const [op, api, , counts] of rows) {
      const mean = api.reduce((sum, sample) => sum + sample, 0) / api.length;
      console.log(
        `  ${op.padEnd(7)} ${perOp(counts, api.length)}; waiting on DynamoDB ${ms(waited[op] / api.length)} of ${ms(mean)} (mean)`,
      );
    }
    const scans = rows.reduce((sum, [, , , counts]) => sum + (counts.ScanCommand ?? 0), 0);
    console.log(`  Scan requests: ${scans}`);
    console.log(
      `\nThe list's function invoked as Lambda invokes it (no HTTP, no local gateway), against the same raw samples:`,
    );
    for (const [op, fn, raw] of [
      ['list', listFn, listRaw],
      ['list100', listPageFn, listPageRaw],
    ] as const) {
      const [f50, f95, r50, r95] = [
        percentile(fn, 50),
        percentile(fn, 95),
        percentile(raw, 50),
        percentile(raw, 95),
      ];
      console.log(
        `  ${op.padEnd(7)} function p50 ${ms(f50)} (${(f50 / r50).toFixed(2)}×), p95 ${ms(f95)} (${(f95 / r95).toFixed(2)}×); through the gateway p50 ${ms(percentile(op === 'list' ? listApi : listPageApi, 50))}`,
      );
    }
    console.log(
      `  an empty HTTP round trip to the local gateway (OPTIONS, answered before routing): p50 ${percentile(emptyHop, 50).toFixed(2)} ms`,
    );
    console.log(missed.length === 0 ? '\nEvery goal (P3) met.' : `\nGoals missed: ${missed.join('; ')}`);
    client.close();
    if (check && missed.length > 0) process.exitCode = 1;
  } finally {
    await seeded.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
