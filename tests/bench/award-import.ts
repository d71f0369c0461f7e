/**
 * Award-history import benchmark: 5,000 past awards of 500 people imported through the local
 * gateway (the real preview and import handlers on DynamoDB Local), next to the floor measured in
 * the same run on the same table — the same 5,000 items written by raw TransactWriteItems of 100,
 * and by one PutItem per row (what a row-at-a-time import would cost). DynamoDB requests are
 * counted by command, so "batched, not a round trip per row" is a number.
 *
 *   npm run bench:import
 *
 * Absolute times on DynamoDB Local say little about AWS; the ratios say what our layers add.
 */
import { randomUUID } from 'node:crypto';
import { PutItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { signIn } from '../../local/cognito/setup';
import { DEMO_PASSWORD } from '../../local/seed/demo-province';
import { runtime } from '../../shared/runtime';
import { makeDynamoPersonRepository } from '../../shared/store/dynamo';

import { testClock } from '../support/clock';
import { startSeededApp } from './seeded-app';

const TABLE = 'tdkt-bench-import';
const PEOPLE = 500;
const YEARS = 10;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main(): Promise<void> {
  const seeded = await startSeededApp(TABLE);
  const { app } = seeded;
  try {
    const clock = testClock;
    const persons = makeDynamoPersonRepository({ client: app.dynamodb, tableName: TABLE, clock });
    const names: string[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const fullName = `Cán bộ Thử Nghiệm ${String(i).padStart(3, '0')}`;
      names.push(fullName);
      await persons.create({
        id: `bench-p-${i}`,
        fullName,
        organisationId: 'org-snv',
        unitId: 'unit-snv-ttlt',
      });
    }
    const rows = names.flatMap((name, i) =>
      Array.from({ length: YEARS }, (_, y) => [
        name,
        'Trung tâm Lưu trữ lịch sử',
        2010 + y,
        'Lao động tiên tiến',
        `${i + 1}/QĐ-SNV`,
        `20/12/${2010 + y}`,
      ]),
    );
    const header = [
      'Họ và tên',
      'Phòng, ban, đơn vị',
      'Năm thành tích',
      'Danh hiệu',
      'Số quyết định',
      'Ngày quyết định',
    ];
    const token = await signIn(app.cognito, app.pool, 'thuky.snv@hatinh.tdkt.example.vn', DEMO_PASSWORD);
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${app.apiUrl}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${text.slice(0, 300)}`);
      return JSON.parse(text) as Record<string, unknown>;
    };
    const counts = new Map<string, number>();
    runtime().dynamodb.middlewareStack.add(
      (next, context) => async (input) => {
        counts.set(context.commandName ?? '?', (counts.get(context.commandName ?? '?') ?? 0) + 1);
        return next(input);
      },
      { step: 'initialize', name: 'benchImportCounter' },
    );
    const file = { fileName: 'bench.xlsx', header, rows };
    // Warm the handlers on one row, outside the measurement.
    await post('/organisations/org-snv/award-history-imports/preview', { ...file, rows: rows.slice(0, 1) });
    counts.clear();

    let started = performance.now();
    const preview = (await post('/organisations/org-snv/award-history-imports/preview', file)) as {
      counts: Record<string, number>;
    };
    const previewMs = performance.now() - started;
    const previewRequests = Object.fromEntries(counts);
    counts.clear();
    started = performance.now();
    const imported = await post('/organisations/org-snv/award-history-imports', file);
    const importMs = performance.now() - started;
    const importRequests = Object.fromEntries(counts);

    // The floor, same table, same number of items: raw transactions of 100, then one put per row.
    const item = (i: number, prefix: string) =>
      marshall({
        PK: `BENCH#${prefix}#${Math.floor(i / YEARS)}`,
        SK: `AWARD#${i}`,
        year: 2010 + (i % YEARS),
        awardCode: 'LDTT',
      });
    started = performance.now();
    for (let i = 0; i < rows.length; i += 100) {
      await app.dynamodb.send(
        new TransactWriteItemsCommand({
          TransactItems: Array.from({ length: Math.min(100, rows.length - i) }, (_, k) => ({
            Put: {
              TableName: TABLE,
              Item: item(i + k, 'tx'),
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          })),
        }),
      );
    }
    const rawTxMs = performance.now() - started;
    started = performance.now();
    for (let i = 0; i < rows.length; i++)
      await app.dynamodb.send(new PutItemCommand({ TableName: TABLE, Item: item(i, 'put') }));
    const rawPutMs = performance.now() - started;

    console.log(
      `\nAward-history import: ${rows.length} rows of ${PEOPLE} people, through the local gateway\n`,
    );
    console.log(
      `preview (check, nothing written)   ${ms(previewMs).padStart(9)}   ${JSON.stringify(preview.counts)}`,
    );
    console.log(
      `import (write with records)        ${ms(importMs).padStart(9)}   ${JSON.stringify(imported)}`,
    );
    console.log(
      `raw TransactWriteItems of 100      ${ms(rawTxMs).padStart(9)}   import ÷ raw = ${(importMs / rawTxMs).toFixed(2)}`,
    );
    console.log(
      `raw PutItem, one per row           ${ms(rawPutMs).padStart(9)}   import ÷ per-row = ${(importMs / rawPutMs).toFixed(2)}`,
    );
    console.log(`\nDynamoDB requests — preview: ${JSON.stringify(previewRequests)}`);
    console.log(`DynamoDB requests — import:  ${JSON.stringify(importRequests)}`);
  } finally {
    await seeded.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
