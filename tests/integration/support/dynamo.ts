import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { ballotTableNameFor } from '../../../shared/store/ballot-table';
import { ensureBallotTable, ensureTable } from '../../../shared/store/ensure-table';

export interface TestTable {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /** Deletes the table and closes the client; call it in `afterAll`. */
  drop(): Promise<void>;
}

/** A client for the DynamoDB Local that the integration global setup started. */
export function makeTestClient(): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: inject('dynamodbEndpoint'),
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/**
 * A fresh table with a unique name, so test files never see each other's items even though
 * they share one DynamoDB Local.
 */
export async function createTestTable(label: string): Promise<TestTable> {
  const client = makeTestClient();
  const tableName = `tdkt-test-${label}-${randomUUID().slice(0, 8)}`;
  await ensureTable(client, tableName);
  await ensureBallotTable(client, ballotTableNameFor(tableName));
  return {
    client,
    tableName,
    async drop() {
      await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      await client
        .send(new DeleteTableCommand({ TableName: ballotTableNameFor(tableName) }))
        .catch(() => undefined);
      client.destroy();
    },
  };
}
