import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { BALLOT_TABLE_DEFINITION } from './ballot-table';
import { IDEMPOTENCY_TABLE_DEFINITION } from './idempotency-table';
import { TABLE_DEFINITION, type TableDefinition } from './table-definition';

/** Translates the plain table definition into the SDK's `CreateTable` input. */
export function toCreateTableInput(
  tableName: string,
  definition: TableDefinition = TABLE_DEFINITION,
): CreateTableCommandInput {
  const keyAttributes = [
    definition.partitionKey,
    definition.sortKey,
    ...definition.globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: definition.billingMode,
    AttributeDefinitions: keyAttributes.map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
    KeySchema: [
      { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: definition.sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: index.projection },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: definition.streamViewType },
  };
}

const isNamed = (error: unknown, name: string): boolean => error instanceof Error && error.name === name;

/**
 * Creates the table if it is missing and waits until it is active. For the local stack and
 * tests only: in AWS the CDK stack owns the table. Safe to call concurrently (a create lost to
 * another caller is treated as success).
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  { maxWaitSeconds = 60 }: { maxWaitSeconds?: number } = {},
): Promise<void> {
  const exists = await client.send(new DescribeTableCommand({ TableName: tableName })).then(
    () => true,
    (error: unknown) => {
      if (isNamed(error, 'ResourceNotFoundException')) return false;
      throw error;
    },
  );
  if (!exists) {
    try {
      await client.send(new CreateTableCommand(toCreateTableInput(tableName)));
    } catch (error) {
      if (!isNamed(error, 'ResourceInUseException')) throw error;
    }
  }
  await waitUntilTableExists({ client, maxWaitTime: maxWaitSeconds }, { TableName: tableName });
  if (!exists) {
    await client
      .send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
        }),
      )
      // A concurrent caller that created the table may have enabled TTL first.
      .catch((error: unknown) => {
        if (!isNamed(error, 'ValidationException')) throw error;
      });
  }
}

/**
 * Creates the Powertools idempotency table if missing (local stack and tests; CDK owns it in AWS).
 */
export async function ensureIdempotencyTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const { partitionKey } = IDEMPOTENCY_TABLE_DEFINITION;
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: IDEMPOTENCY_TABLE_DEFINITION.billingMode,
        AttributeDefinitions: [{ AttributeName: partitionKey.name, AttributeType: partitionKey.type }],
        KeySchema: [{ AttributeName: partitionKey.name, KeyType: 'HASH' }],
      }),
    );
  } catch (error) {
    if (!isNamed(error, 'ResourceInUseException')) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
}

/** Creates the secret-ballot table if missing: no stream, by design (`ballot-table.ts`). */
export async function ensureBallotTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const { partitionKey, sortKey } = BALLOT_TABLE_DEFINITION;
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: BALLOT_TABLE_DEFINITION.billingMode,
        AttributeDefinitions: [
          { AttributeName: partitionKey.name, AttributeType: partitionKey.type },
          { AttributeName: sortKey.name, AttributeType: sortKey.type },
        ],
        KeySchema: [
          { AttributeName: partitionKey.name, KeyType: 'HASH' },
          { AttributeName: sortKey.name, KeyType: 'RANGE' },
        ],
      }),
    );
  } catch (error) {
    if (!isNamed(error, 'ResourceInUseException')) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
}
