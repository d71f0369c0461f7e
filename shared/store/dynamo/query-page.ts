import { type DynamoDBClient, QueryCommand, type QueryCommandOutput } from '@aws-sdk/client-dynamodb';
import { ValidationError } from '../../domain/errors';
import { decodeCursor, encodeCursor } from '../cursor';
import { InvalidCursorError } from '../errors';
import type { QuerySpec } from '../keys';
import type { Page, PageRequest } from '../ports/common';
import { fromAttributes } from './codec';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

export interface QueryPageInput<T> {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly spec: QuerySpec;
  readonly page?: PageRequest | undefined;
  /** Strongly consistent; only the table itself (not an index) can be read that way. */
  readonly consistent?: boolean;
  readonly newestFirst?: boolean;
  readonly map: (item: Record<string, unknown>) => T;
}

function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ValidationError([
      { path: 'limit', code: 'INVALID_LIMIT', message: `Số bản ghi mỗi trang phải từ 1 đến ${MAX_LIMIT}.` },
    ]);
  }
  return limit;
}

/** One page of `partition = :pk AND begins_with(sort, :prefix)`, with an opaque cursor. */
export async function queryPage<T>(input: QueryPageInput<T>): Promise<Page<T>> {
  const { client, tableName, spec, page, consistent = false, newestFirst = false, map } = input;
  const limit = pageSize(page?.limit);
  const startKey = page?.cursor === undefined ? undefined : decodeCursor(page.cursor, spec);
  const partitionName = spec.index === undefined ? 'PK' : `${spec.index}PK`;
  const sortName = spec.index === undefined ? 'SK' : `${spec.index}SK`;
  let output: QueryCommandOutput;
  try {
    output = await client.send(
      new QueryCommand({
        TableName: tableName,
        ...(spec.index === undefined ? { ConsistentRead: consistent } : { IndexName: spec.index }),
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: { '#pk': partitionName, '#sk': sortName },
        ExpressionAttributeValues: { ':pk': { S: spec.partitionKey }, ':prefix': { S: spec.sortKeyPrefix } },
        Limit: limit,
        ScanIndexForward: !newestFirst,
        ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
      }),
    );
  } catch (error) {
    // A well-formed cursor may still name a key outside this query; DynamoDB says so this way.
    if (startKey !== undefined && error instanceof Error && error.name === 'ValidationException') {
      throw new InvalidCursorError();
    }
    throw error;
  }
  const items = (output.Items ?? []).map((item) => map(fromAttributes(item)));
  return output.LastEvaluatedKey === undefined
    ? { items }
    : { items, cursor: encodeCursor(output.LastEvaluatedKey) };
}
