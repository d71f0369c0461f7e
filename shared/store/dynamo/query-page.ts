import { type DynamoDBClient, QueryCommand, type QueryCommandOutput } from '@aws-sdk/client-dynamodb';
import { ValidationError } from '../../domain/errors';
import { decodeCursor, encodeCursor } from '../cursor';
import { InvalidCursorError } from '../errors';
import { type QuerySpec, sortKeyPrefixEnd } from '../keys';
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
  /** Attribute equalities every returned item must meet (a FilterExpression). */
  readonly filter?: Readonly<Record<string, string | number>> | undefined;
  /**
   * Only these attributes are read (a ProjectionExpression; a dotted path names a field of a map).
   * Every segment goes through a name placeholder, so reserved words (`state`, `year`) need no care.
   */
  readonly projection?: readonly string[];
  readonly map: (item: Record<string, unknown>) => T;
}

interface Projection {
  readonly expression: string;
  readonly names: Record<string, string>;
}

/** `['state', 'records.unitList']` → `#p0, #p1.#p2` with its names. */
export function projectionOf(paths: readonly string[]): Projection {
  const names: Record<string, string> = {};
  let next = 0;
  const expression = paths
    .map((path) =>
      path
        .split('.')
        .map((segment) => {
          const placeholder = `#p${next++}`;
          names[placeholder] = segment;
          return placeholder;
        })
        .join('.'),
    )
    .join(', ');
  return { expression, names };
}

/** With a filter, at most this many queries fill one page, so one request stays bounded. */
const MAX_FILTERED_ROUNDS = 5;

function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ValidationError([
      { path: 'limit', code: 'INVALID_LIMIT', message: `Số bản ghi mỗi trang phải từ 1 đến ${MAX_LIMIT}.` },
    ]);
  }
  return limit;
}

export interface KeyCondition {
  readonly expression: string;
  readonly values: Readonly<Record<string, { S: string }>>;
}

/**
 * The key condition of a spec, over the names `#pk` and `#sk`. Unbounded: `begins_with` the
 * prefix. Bounded below: `BETWEEN :from AND` the prefix's end, which keeps the range inside the
 * prefix; a `from` outside the prefix would widen it, so it is refused.
 */
export function keyCondition(spec: QuerySpec): KeyCondition {
  const pk = { ':pk': { S: spec.partitionKey } };
  if (spec.sortKeyFrom === undefined) {
    return {
      expression: '#pk = :pk AND begins_with(#sk, :prefix)',
      values: { ...pk, ':prefix': { S: spec.sortKeyPrefix } },
    };
  }
  if (!spec.sortKeyFrom.startsWith(spec.sortKeyPrefix)) {
    throw new TypeError(`keyCondition: sortKeyFrom must start with "${spec.sortKeyPrefix}"`);
  }
  return {
    expression: '#pk = :pk AND #sk BETWEEN :from AND :to',
    values: {
      ...pk,
      ':from': { S: spec.sortKeyFrom },
      ':to': { S: sortKeyPrefixEnd(spec.sortKeyPrefix) },
    },
  };
}

/**
 * One page of `partition = :pk AND begins_with(sort, :prefix)` (or its bounded form, see
 * {@link keyCondition}), with an opaque cursor. With a
 * filter, queries continue from the last evaluated key until the page is full (or a few rounds
 * have run): the cursor is always the last key evaluated, so nothing is skipped between pages.
 */
export async function queryPage<T>(input: QueryPageInput<T>): Promise<Page<T>> {
  const { client, tableName, spec, page, consistent = false, newestFirst = false, filter, map } = input;
  const projection = input.projection === undefined ? undefined : projectionOf(input.projection);
  const limit = pageSize(page?.limit);
  let startKey = page?.cursor === undefined ? undefined : decodeCursor(page.cursor, spec);
  const fromCaller = startKey !== undefined;
  const partitionName = spec.index === undefined ? 'PK' : `${spec.index}PK`;
  const sortName = spec.index === undefined ? 'SK' : `${spec.index}SK`;
  const filterEntries = Object.entries(filter ?? {});
  const condition = keyCondition(spec);
  const items: T[] = [];
  for (let round = 0; round < MAX_FILTERED_ROUNDS; round++) {
    let output: QueryCommandOutput;
    try {
      output = await client.send(
        new QueryCommand({
          TableName: tableName,
          ...(spec.index === undefined ? { ConsistentRead: consistent } : { IndexName: spec.index }),
          KeyConditionExpression: condition.expression,
          ...(projection === undefined ? {} : { ProjectionExpression: projection.expression }),
          ExpressionAttributeNames: {
            ...projection?.names,
            '#pk': partitionName,
            '#sk': sortName,
            ...Object.fromEntries(filterEntries.map(([name], i) => [`#f${i}`, name])),
          },
          ExpressionAttributeValues: {
            ...condition.values,
            ...Object.fromEntries(
              filterEntries.map(([, value], i) => [
                `:f${i}`,
                typeof value === 'number' ? { N: String(value) } : { S: value },
              ]),
            ),
          },
          ...(filterEntries.length === 0
            ? {}
            : { FilterExpression: filterEntries.map((_, i) => `#f${i} = :f${i}`).join(' AND ') }),
          Limit: limit - items.length,
          ScanIndexForward: !newestFirst,
          ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
        }),
      );
    } catch (error) {
      // A well-formed cursor may still name a key outside this query; DynamoDB says so this way.
      if (fromCaller && round === 0 && error instanceof Error && error.name === 'ValidationException') {
        throw new InvalidCursorError();
      }
      throw error;
    }
    items.push(...(output.Items ?? []).map((item) => map(fromAttributes(item))));
    startKey = output.LastEvaluatedKey;
    if (startKey === undefined || items.length >= limit || filterEntries.length === 0) break;
  }
  return startKey === undefined ? { items } : { items, cursor: encodeCursor(startKey) };
}
