/**
 * A secret ballot no reader of the table can link: after members vote, no item of the main table
 * and no record of its stream holds a choice; the choices sit in the ballot box table, which has
 * no stream, and whose items hold the choice alone (no voter, no time, a random key). The counts
 * are still exact. Threat model: docs/workflow.md, "Secret ballot: who can learn what".
 */
import { DescribeTableCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ballotTableNameFor } from '../../../shared/store/ballot-table';
import { makeDynamoNominationRepository } from '../../../shared/store/dynamo/nomination-repository';
import type { NominationRepository } from '../../../shared/store/ports/nomination-repository';
import { createTestTable, type TestTable } from '../support/dynamo';
import { aNewNomination, anActor, aTransition, steppingClock } from '../support/factories';

let table: TestTable;
let repo: NominationRepository;
beforeAll(async () => {
  table = await createTestTable('secret-ballot');
  repo = makeDynamoNominationRepository({
    client: table.client,
    tableName: table.tableName,
    clock: steppingClock(),
  });
});
afterAll(() => table.drop());

const CHOICES = ['approve', 'reject', 'abstain'];

/** Every string anywhere in a value, attribute names included, for "does this hold a choice". */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)])
        : [];

const naming = (texts: string[]) => texts.filter((text) => CHOICES.some((choice) => text.includes(choice)));

async function streamRecords(tableName: string): Promise<unknown[]> {
  const streams = new DynamoDBStreamsClient({
    endpoint: inject('dynamodbEndpoint'),
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const { Table } = await table.client.send(new DescribeTableCommand({ TableName: tableName }));
  const described = await streams.send(new DescribeStreamCommand({ StreamArn: Table?.LatestStreamArn }));
  const records: unknown[] = [];
  for (const shard of described.StreamDescription?.Shards ?? []) {
    let iterator = (
      await streams.send(
        new GetShardIteratorCommand({
          StreamArn: Table?.LatestStreamArn,
          ShardId: shard.ShardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      )
    ).ShardIterator;
    for (let page = 0; iterator && page < 50; page++) {
      const output = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
      records.push(...(output.Records ?? []));
      if ((output.Records ?? []).length === 0) break;
      iterator = output.NextShardIterator;
    }
  }
  streams.destroy();
  return records;
}

describe('a secret ballot', () => {
  it('leaves no choice in the main table nor in its stream, and counts every ballot', async () => {
    const created = await repo.create(aNewNomination());
    let n = (await repo.transition(aTransition(created.id, { to: 'voting' }))).nomination;
    const cast = [
      ['member-01', 'approve'],
      ['member-02', 'reject'],
      ['member-03', 'approve'],
      ['member-04', 'abstain'],
    ] as const;
    for (const [memberId, choice] of cast) {
      ({ nomination: n } = await repo.transition(
        aTransition(n.id, {
          expectedVersion: n.version,
          from: 'voting',
          to: 'voting',
          event: {
            action: 'vote',
            actor: anActor({ userId: memberId, role: 'council_member' }),
            data: { ballot: 'secret' },
          },
          extras: [
            { kind: 'vote', memberId },
            { kind: 'ballot', choice },
          ],
        }),
      ));
    }

    const mainItems = (
      (await table.client.send(new ScanCommand({ TableName: table.tableName }))).Items ?? []
    ).map((item) => unmarshall(item));
    const records = await streamRecords(table.tableName);
    const ballotTable = ballotTableNameFor(table.tableName);
    const ballots = ((await table.client.send(new ScanCommand({ TableName: ballotTable }))).Items ?? []).map(
      (item) => unmarshall(item),
    );
    const ballotTableDescription = await table.client.send(
      new DescribeTableCommand({ TableName: ballotTable }),
    );

    // Who voted is on record (the markers, the audit events), with no choice anywhere beside it.
    expect(mainItems.filter((item) => String(item.SK).startsWith('VOTE#'))).toHaveLength(4);
    expect(naming(strings(mainItems))).toEqual([]);
    expect(records.length).toBeGreaterThan(4);
    expect(naming(strings(records))).toEqual([]);
    // The ballot box: choices alone, no voter, no time, random keys; and no stream to read.
    expect(ballots).toHaveLength(4);
    for (const ballot of ballots) {
      expect(Object.keys(ballot).sort()).toEqual(['PK', 'SK', 'choice']);
      expect(ballot.SK).toMatch(
        /^BALLOT#[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
    expect(ballotTableDescription.Table?.StreamSpecification?.StreamEnabled ?? false).toBe(false);
    expect(await repo.getTally(n.id)).toEqual({ approve: 2, reject: 1, abstain: 1 });
  });
});
