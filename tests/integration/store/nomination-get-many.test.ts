import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoNominationRepository } from '../../../shared/store/dynamo/nomination-repository';
import type { Nomination, NominationRepository } from '../../../shared/store/ports/nomination-repository';
import { createTestTable, makeTestClient, type TestTable } from '../support/dynamo';
import { aNewNomination, steppingClock, uniqueId } from '../support/factories';

let table: TestTable;
let repo: NominationRepository;
let created: Nomination[];

beforeAll(async () => {
  table = await createTestTable('nom-get-many');
  repo = makeDynamoNominationRepository({
    client: table.client,
    tableName: table.tableName,
    clock: steppingClock(),
  });
  // More than one transaction of reads holds (100 items).
  created = await Promise.all(
    Array.from({ length: 130 }, () => repo.create(aNewNomination({ id: uniqueId('nom') }))),
  );
});
afterAll(() => table.drop());

const ids = (items: readonly { readonly id: string }[]) => items.map((n) => n.id).sort();

describe('reading many nominations at once', () => {
  it('reads them all across transactions of a hundred, leaving out the missing and the repeated', async () => {
    const asked = [...created.map((n) => n.id), 'nom-khong-ton-tai', created[0]?.id ?? ''];

    const found = await repo.getMany(asked);

    expect(ids(found)).toEqual(ids(created));
    expect(found.find((n) => n.id === created[5]?.id)).toEqual(created[5]);
  });

  it('reads only what a list shows when asked for heads, across transactions of a hundred', async () => {
    const heads = await repo.getManyHeads(created.map((n) => n.id));

    expect(ids(heads)).toEqual(ids(created));
    expect(heads.find((n) => n.id === created[7]?.id)).toEqual({ ...created[7], form: {} });
  });

  it('reads a chunk item by item when another transaction is writing one of its items', async () => {
    // DynamoDB Local never cancels a transaction of reads with `TransactionConflict` (AWS does,
    // while a write transaction holds one of the items), so that answer is injected here, on a
    // real client, for every TransactGetItems; the GetItems that follow reach DynamoDB Local.
    const client = makeTestClient();
    const sent: string[] = [];
    client.middlewareStack.add(
      (next, context) => async (args) => {
        sent.push(context.commandName ?? '');
        if (context.commandName === 'TransactGetItemsCommand')
          throw new TransactionCanceledException({
            message: 'Transaction cancelled, please refer cancellation reasons for specific reasons',
            $metadata: {},
            CancellationReasons: [{ Code: 'TransactionConflict' }],
          });
        return next(args);
      },
      { step: 'initialize', name: 'conflictingWriter' },
    );
    const contended = makeDynamoNominationRepository({
      client,
      tableName: table.tableName,
      clock: steppingClock(),
    });
    const asked = created.slice(0, 3).map((n) => n.id);

    const found = await contended.getMany(asked);

    expect(ids(found)).toEqual(ids(created.slice(0, 3)));
    expect(sent.filter((command) => command === 'GetItemCommand')).toHaveLength(3);
  });
});
