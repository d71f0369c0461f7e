/**
 * A request's writes sent side by side (a list's rows) under its one claim, on DynamoDB Local:
 * exactly one write carries the record; the others wait for its outcome and then go without it,
 * carry it in turn when the carrier failed for its own reasons, or write nothing when the record
 * was already there (the request was made before).
 */
import { randomUUID } from 'node:crypto';
import {
  DeleteTableCommand,
  GetItemCommand,
  PutItemCommand,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../shared/domain/errors';
import {
  AlreadyClaimedError,
  claimPut,
  type RequestClaim,
  runClaimed,
} from '../../../shared/store/dynamo/request-claim';
import { type GuardedWrite, transactWrite } from '../../../shared/store/dynamo/transact';
import { ensureIdempotencyTable } from '../../../shared/store/ensure-table';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
const claims = `tdkt-test-claims-${randomUUID().slice(0, 8)}`;
beforeAll(async () => {
  table = await createTestTable('claim-side-by-side');
  await ensureIdempotencyTable(table.client, claims);
});
afterAll(async () => {
  await table.client.send(new DeleteTableCommand({ TableName: claims })).catch(() => undefined);
  await table.drop();
});

const NOW = 1_780_000_000;
const aClaim = (): RequestClaim => ({
  table: claims,
  id: `submit-nomination-list#user#${randomUUID()}`,
  requestHash: 'hash',
  attempt: randomUUID(),
  nowSeconds: NOW,
  expiresAt: NOW + 86_400,
  runningUntil: NOW * 1000 + 10_000,
  state: 'open',
});

/** A row's change: its item, new (it fails its own condition when the item exists). */
const rowWrite = (pk: string): GuardedWrite => ({
  write: {
    Put: {
      TableName: table.tableName,
      Item: { PK: { S: pk }, SK: { S: 'META' } },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  } satisfies TransactWriteItem,
  onConditionFailed: () => new ConflictError('ROW_EXISTS', 'exists'),
});
const exists = async (pk: string) =>
  (
    await table.client.send(
      new GetItemCommand({ TableName: table.tableName, Key: { PK: { S: pk }, SK: { S: 'META' } } }),
    )
  ).Item !== undefined;
const recordOf = async (claim: RequestClaim) =>
  (await table.client.send(new GetItemCommand({ TableName: claims, Key: { id: { S: claim.id } } }))).Item;

/** Counts the transactions that carried the record (a Put on the claims table). */
function countCarriers() {
  const carried: number[] = [];
  table.client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'TransactWriteItemsCommand') {
        const items = (args.input as { TransactItems: TransactWriteItem[] }).TransactItems;
        carried.push(items.filter((i) => i.Put?.TableName === claims).length);
      }
      return next(args);
    },
    { step: 'initialize', name: `carriers-${randomUUID()}` },
  );
  return carried;
}

describe("a request's writes side by side under its claim", () => {
  it('carry the record once: the first write takes it, the others wait for it and go without', async () => {
    const claim = aClaim();
    const carried = countCarriers();
    const rows = Array.from({ length: 6 }, () => `ROW#${randomUUID()}`);

    await runClaimed(claim, () => Promise.all(rows.map((pk) => transactWrite(table.client, [rowWrite(pk)]))));

    expect(claim.state).toBe('claimed');
    expect(await recordOf(claim)).toBeDefined();
    expect(carried.filter((n) => n > 0)).toHaveLength(1);
    expect(await Promise.all(rows.map(exists))).toEqual(rows.map(() => true));
  });

  it('hand the record on when the write carrying it fails for its own reasons', async () => {
    const claim = aClaim();
    const taken = `ROW#${randomUUID()}`;
    await transactWrite(table.client, [rowWrite(taken)]);
    const rows = [taken, `ROW#${randomUUID()}`, `ROW#${randomUUID()}`];

    const outcomes = await runClaimed(claim, () =>
      Promise.allSettled(rows.map((pk) => transactWrite(table.client, [rowWrite(pk)]))),
    );

    // The first row (already there) carried the record and was refused with it: nothing of it
    // was written, so the next row carried it.
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(claim.state).toBe('claimed');
    expect(await recordOf(claim)).toBeDefined();
  });

  it('write nothing once the record is found already there: the request was made before', async () => {
    const claim = aClaim();
    await table.client.send(new PutItemCommand(claimPut({ ...claim, state: 'open' })));
    const rows = Array.from({ length: 4 }, () => `ROW#${randomUUID()}`);

    const outcomes = await runClaimed(claim, () =>
      Promise.allSettled(rows.map((pk) => transactWrite(table.client, [rowWrite(pk)]))),
    );

    expect(claim.state).toBe('refused');
    expect(outcomes.every((o) => o.status === 'rejected' && o.reason instanceof AlreadyClaimedError)).toBe(
      true,
    );
    expect(await Promise.all(rows.map(exists))).toEqual(rows.map(() => false));
  });
});
