/**
 * A bounded load test on loopback (issue 15, P5): a province's deadline in about a minute. Each
 * of 200 units has its own officer (a real cognito-local user and token) and sends 25
 * nominations through the local gateway (the deployed routers and handlers, DynamoDB Local): 20
 * "Lao động tiên tiến", then 5 "Chiến sĩ thi đua cơ sở" at once racing for the unit's 3 places
 * (the demo quy chế's 15 % of 20, rounded down); every 10th submission is sent a second time with
 * the same Idempotency-Key. Checked afterwards, from the table through the API: no request failed
 * (a quota refusal, 422 naming `CSTDCS.quota`, is an answer, not a failure), no nomination lost
 * or duplicated, every unit exactly at its quota. Throughput is reported against raw DynamoDB
 * Local transactions of the same shape at the same concurrency, measured in the same run just
 * before the load and again after it (goal: ≥ 50 % of the faster), with the CPU each submission
 * costs this process and DynamoDB Local, and the gateway process's memory. A quarter as many
 * other units run the same deadline first, unmeasured: the warm-up.
 *
 *   npm run bench:load                       # 200 units × 25
 *   npm run bench:load -- --units 40         # a smaller run
 *   npm run bench:load -- --check            # exit 1 when a goal is missed
 */
import { randomUUID } from 'node:crypto';
import { type DynamoDBClient, GetItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { ensureUser, signIn } from '../../local/cognito/setup';
import { EXAMPLE_DRAFT } from '../../shared/http/routes/nomination-examples';
import { makeDynamoOrganisationRepository } from '../../shared/store/dynamo';
import { testClock } from '../support/clock';
import { type Answer, makeBenchClient } from './http-client';
import { descendantCpuMs, ownCpuMs } from './process-cpu';
import { countRequests } from './request-counter';
import { startSeededApp } from './seeded-app';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const UNITS = arg('--units', 200);
const LDTT_PER_UNIT = 20;
const CSTDCS_PER_UNIT = 5;
/** The demo quy chế: 15 % of the unit's LĐTT, rounded down. */
const PLACES = Math.floor((LDTT_PER_UNIT * 15) / 100);
const PER_UNIT = LDTT_PER_UNIT + CSTDCS_PER_UNIT;
/** Units whose deadline runs first, unmeasured, to warm the routes and DynamoDB Local. */
const WARM_UP_UNITS = Math.max(10, Math.round(UNITS / 4));
const check = args.includes('--check');
const TABLE = `tdkt-load-${randomUUID().slice(0, 8)}`;
const PASSWORD = 'Load-test-2026!';
const THROUGHPUT_GOAL = 0.5;

/** CPU time (ms) this process and DynamoDB Local have used since `before`. */
function cpuSince(before: { gateway: number; dynamodb: number | undefined }) {
  const dynamodb = descendantCpuMs('java');
  return {
    gateway: ownCpuMs() - before.gateway,
    ...(dynamodb === undefined || before.dynamodb === undefined
      ? {}
      : { dynamodb: dynamodb - before.dynamodb }),
  };
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T);
      }
    }),
  );
  return results;
}

/**
 * The floor: the DynamoDB calls a submission cannot do without — the draft and its event in one
 * transaction, the draft read back, its change of state and event in another — same table, same
 * items' size, as many writers at once as there are units.
 */
async function measureFloor(client: DynamoDBClient, submissions: number) {
  const rawCpuBefore = { gateway: ownCpuMs(), dynamodb: descendantCpuMs('java') };
  const rawStarted = performance.now();
  await pool(
    Array.from({ length: submissions }, (_, i) => i),
    UNITS,
    async (i) => {
      const pk = `LOAD#${i}-${randomUUID()}`;
      const item = { PK: pk, SK: 'NOM', state: 'draft', version: 1, body: 'x'.repeat(1500) };
      await client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Put: {
                TableName: TABLE,
                Item: marshall(item),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            { Put: { TableName: TABLE, Item: marshall({ PK: pk, SK: 'EVT#1', type: 'created' }) } },
          ],
        }),
      );
      await client.send(new GetItemCommand({ TableName: TABLE, Key: marshall({ PK: pk, SK: 'NOM' }) }));
      await client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Update: {
                TableName: TABLE,
                Key: marshall({ PK: pk, SK: 'NOM' }),
                UpdateExpression: 'SET #s = :s, version = :v',
                ConditionExpression: 'version = :old',
                ExpressionAttributeNames: { '#s': 'state' },
                ExpressionAttributeValues: marshall({ ':s': 'submitted', ':v': 2, ':old': 1 }),
              },
            },
            { Put: { TableName: TABLE, Item: marshall({ PK: pk, SK: 'EVT#2', type: 'submitted' }) } },
          ],
        }),
      );
    },
  );
  const ms = performance.now() - rawStarted;
  return { ms, cpu: cpuSince(rawCpuBefore) };
}

async function main(): Promise<void> {
  const seeded = await startSeededApp(TABLE, { mfaExempt: ['*'] });
  const { app } = seeded;
  try {
    // 200 units of the demo Sở, each with its officer.
    const organisations = makeDynamoOrganisationRepository({
      client: app.dynamodb,
      tableName: TABLE,
      clock: testClock,
    });
    const unitsOf = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => {
        const n = String(i + 1).padStart(3, '0');
        return {
          id: `unit-${prefix}-${n}`,
          name: `Phòng thử tải ${prefix === 'load' ? '' : 'khởi động '}${n}`,
          email: `donvi${n}@${prefix}.tdkt.example.vn`,
        };
      });
    const officersOf = (units: ReturnType<typeof unitsOf>) =>
      pool(units, 20, async (unit) => {
        await organisations.createUnit({ id: unit.id, organisationId: 'org-snv', name: unit.name });
        await ensureUser(app.cognito, app.pool, {
          email: unit.email,
          name: `Cán bộ ${unit.name}`,
          roles: ['unit_officer'],
          orgId: 'org-snv',
          unitId: unit.id,
          password: PASSWORD,
        });
        return { unit, token: await signIn(app.cognito, app.pool, unit.email, PASSWORD) };
      });
    const officers = await officersOf(unitsOf('load', UNITS));
    const warmUpOfficers = await officersOf(unitsOf('warm', WARM_UP_UNITS));

    const client = makeBenchClient(app.apiUrl, UNITS + WARM_UP_UNITS);
    const { call } = client;
    const failures: string[] = [];
    const expectStatus = (answer: Answer, expected: number, what: string) => {
      if (answer.status !== expected)
        failures.push(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    };
    const { personId: _listed, ...nominee } = EXAMPLE_DRAFT.nominee;
    const draftOf = (unitName: string, n: number, awardCode: 'LDTT' | 'CSTDCS') => ({
      ...EXAMPLE_DRAFT,
      awardCode,
      nominee: {
        ...nominee,
        fullName: `Cán bộ ${n} của ${unitName}`,
        unitName,
        taskRating: awardCode === 'LDTT' ? 'HTTNV' : 'HTXSNV',
      },
    });

    /** Each unit's deadline: its 20 LĐTT one after another, then its 5 CSTĐCS at once. */
    const runUnits = (group: typeof officers) => {
      const tally = { created: [] as string[], ldtt: 0, cstdcs: 0, refusedByQuota: 0, replays: 0 };
      const done = Promise.all(
        group.map(async ({ unit, token }, u) => {
          const submit = async (id: string, index: number): Promise<Answer> => {
            const key = randomUUID();
            const answer = await call(token, 'POST', `/nominations/${id}/submit`, undefined, key);
            if ((u * PER_UNIT + index) % 10 === 0) {
              // The same request again (a retry after a lost answer): the same answer, nothing new.
              const replay = await call(token, 'POST', `/nominations/${id}/submit`, undefined, key);
              tally.replays++;
              if (
                replay.status !== answer.status ||
                JSON.stringify(replay.body) !== JSON.stringify(answer.body)
              )
                failures.push(
                  `replay of ${id}: ${replay.status} against ${answer.status} ${JSON.stringify(replay.body).slice(0, 200)}`,
                );
            }
            return answer;
          };
          const createDraft = async (n: number, awardCode: 'LDTT' | 'CSTDCS') => {
            const answer = await call(token, 'POST', '/nominations', draftOf(unit.name, n, awardCode));
            expectStatus(answer, 201, `create ${awardCode} in ${unit.id}`);
            const id = (answer.body.nomination as { id: string } | undefined)?.id ?? '';
            if (id) tally.created.push(id);
            return id;
          };
          for (let n = 0; n < LDTT_PER_UNIT; n++) {
            const id = await createDraft(n, 'LDTT');
            if (!id) continue;
            const answer = await submit(id, n);
            expectStatus(answer, 200, `submit LĐTT ${id}`);
            if (answer.status === 200) tally.ldtt++;
          }
          const candidates = await Promise.all(
            Array.from({ length: CSTDCS_PER_UNIT }, (_, k) => createDraft(LDTT_PER_UNIT + k, 'CSTDCS')),
          );
          const answers = await Promise.all(
            candidates.map((id, k) => (id ? submit(id, LDTT_PER_UNIT + k) : Promise.resolve(undefined))),
          );
          for (const answer of answers) {
            if (!answer) continue;
            if (answer.status === 200) tally.cstdcs++;
            else if (
              answer.status === 422 &&
              JSON.stringify(answer.body).includes('CSTDCS.quota') &&
              !JSON.stringify(answer.body).match(/"ruleId":"(?!CSTDCS\.quota)/)
            )
              tally.refusedByQuota++;
            else
              failures.push(
                `submit CSTĐCS in ${unit.id}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
              );
          }
        }),
      );
      return done.then(() => tally);
    };

    // Warm-up, not measured: the routes' first loads are cold starts, and DynamoDB Local's JIT
    // compiler needs thousands of requests of each kind before it runs at speed (measured: a
    // floor of 2 transactions and a read cost its first 2,000 submissions 16 ms of DynamoDB
    // Local's CPU each, 5 ms once warm). Whichever phase ran first used to pay for it all.
    await runUnits(warmUpOfficers);
    await measureFloor(app.dynamodb, WARM_UP_UNITS * PER_UNIT);
    const floorBefore = await measureFloor(app.dynamodb, UNITS * PER_UNIT);

    const memory: number[] = [];
    const sampler = setInterval(() => memory.push(process.memoryUsage().rss), 250);
    const rssBefore = process.memoryUsage().rss;
    const requestsBefore = client.requests();
    const counter = countRequests();
    const cpuBefore = { gateway: ownCpuMs(), dynamodb: descendantCpuMs('java') };
    const started = performance.now();
    const { result: submitted, counts } = await counter.during(() => runUnits(officers));
    const elapsedMs = performance.now() - started;
    const apiCpu = cpuSince(cpuBefore);
    const requests = client.requests() - requestsBefore;
    clearInterval(sampler);
    const submissions = UNITS * PER_UNIT;

    // Nothing lost, nothing doubled, every quota exact: what each unit's officer sees.
    const { created } = submitted;
    const unique = new Set(created);
    if (unique.size !== created.length) failures.push(`${created.length - unique.size} ids answered twice`);
    await pool(officers, 20, async ({ unit, token }) => {
      const seen: { id: string; awardCode: string; state: string }[] = [];
      let cursor: string | undefined;
      do {
        const page = await call(token, 'GET', `/nominations?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...((page.body.items as typeof seen | undefined) ?? []));
        cursor = page.body.nextCursor as string | undefined;
      } while (cursor);
      const count = (award: string, state: string) =>
        seen.filter((n) => n.awardCode === award && n.state === state).length;
      if (seen.length !== PER_UNIT) failures.push(`${unit.id}: ${seen.length} nominations, not ${PER_UNIT}`);
      if (new Set(seen.map((n) => n.id)).size !== seen.length)
        failures.push(`${unit.id}: a nomination listed twice`);
      if (count('LDTT', 'submitted') !== LDTT_PER_UNIT)
        failures.push(`${unit.id}: ${count('LDTT', 'submitted')} LĐTT submitted`);
      if (count('CSTDCS', 'submitted') !== PLACES)
        failures.push(`${unit.id}: ${count('CSTDCS', 'submitted')} CSTĐCS submitted, its quota is ${PLACES}`);
    });
    client.close();

    const floorAfter = await measureFloor(app.dynamodb, submissions);

    const perSecond = (submissions / elapsedMs) * 1000;
    const floorRate = ({ ms }: { ms: number }) => (submissions / ms) * 1000;
    // The faster of the two floors: the ratio is never flattered by a floor that ran cold.
    const floor = floorRate(floorBefore) >= floorRate(floorAfter) ? floorBefore : floorAfter;
    const rawPerSecond = floorRate(floor);
    const rawCpu = floor.cpu;
    const ratio = perSecond / rawPerSecond;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    console.log(`Load on loopback, Node ${process.version}: ${UNITS} units × ${PER_UNIT} nominations`);
    console.log(
      `submissions: ${submissions} (${submitted.ldtt} LĐTT and ${submitted.cstdcs} CSTĐCS submitted, ${submitted.refusedByQuota} refused by the quota, ${submitted.replays} replayed with their key) in ${(elapsedMs / 1000).toFixed(1)} s; ${requests} HTTP requests`,
    );
    console.log(
      `throughput: ${perSecond.toFixed(0)} submissions/s (each a create and a submit); raw DynamoDB Local floor (2 transactions and a read per submission): ${floorRate(floorBefore).toFixed(0)} submissions/s before the load, ${floorRate(floorAfter).toFixed(0)} after; ratio to the faster ${(ratio * 100).toFixed(0)} % (goal ≥ ${THROUGHPUT_GOAL * 100} %)`,
    );
    const perSubmission = Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([command, n]) => `${command} ${(n / submissions).toFixed(2)}`)
      .join(', ');
    console.log(`DynamoDB requests per submission (create + submit, replays included): ${perSubmission}`);
    const perSubmissionCpu = ({ gateway, dynamodb }: { gateway: number; dynamodb?: number }) =>
      `${(gateway / submissions).toFixed(2)} ms in this process, ${dynamodb === undefined ? 'n/a' : (dynamodb / submissions).toFixed(2)} ms in DynamoDB Local`;
    console.log(
      `CPU per submission: API ${perSubmissionCpu(apiCpu)} (gateway, handlers and the ${UNITS} clients); floor ${perSubmissionCpu(rawCpu)}`,
    );
    console.log(
      `gateway process memory (RSS): ${mb(rssBefore)} before, peak ${mb(Math.max(rssBefore, ...memory))} during`,
    );
    console.log(
      failures.length === 0
        ? `0 errors; no nomination lost or duplicated; every unit at exactly ${PLACES} CSTĐCS (its quota) and ${LDTT_PER_UNIT} LĐTT`
        : `${failures.length} failures:\n${failures.slice(0, 20).join('\n')}`,
    );
    if (check && (failures.length > 0 || ratio < THROUGHPUT_GOAL)) process.exitCode = 1;
  } finally {
    await seeded.stop();
  }
}

await main();
