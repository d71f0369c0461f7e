/**
 * Opaque pagination cursors: base64url of the query's `LastEvaluatedKey`. A cursor comes back
 * from a caller, so it is checked before DynamoDB sees it: only string key attributes of the
 * queried table or index, the same partition and sort key prefix as the query, and not below its
 * lower bound when it has one. Anything else is `InvalidCursorError`, never a raw SDK error.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { InvalidCursorError } from './errors';
import type { QuerySpec } from './keys';

const MAX_CURSOR_LENGTH = 2048;

type Key = Record<string, AttributeValue>;

export function encodeCursor(lastEvaluatedKey: Key): string {
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(lastEvaluatedKey)) {
    if (value.S === undefined) throw new TypeError(`encodeCursor: key attribute ${name} is not a string`);
    plain[name] = value.S;
  }
  return Buffer.from(JSON.stringify(plain), 'utf8').toString('base64url');
}

/** The attributes a `LastEvaluatedKey` of this query holds: the table's keys, plus the index's. */
export function cursorAttributes(spec: QuerySpec): { names: string[]; partition: string } {
  const table = ['PK', 'SK'];
  if (spec.index === undefined) return { names: table, partition: 'PK' };
  return { names: [...table, `${spec.index}PK`, `${spec.index}SK`], partition: `${spec.index}PK` };
}

export function decodeCursor(cursor: string, spec: QuerySpec): Key {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw new InvalidCursorError();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InvalidCursorError();
  const record = parsed as Record<string, unknown>;
  const { names, partition } = cursorAttributes(spec);
  const keys = Object.keys(record);
  if (keys.length !== names.length || !names.every((name) => typeof record[name] === 'string')) {
    throw new InvalidCursorError();
  }
  // A cursor from another list (or another partition) would restart or skip items silently.
  if (record[partition] !== spec.partitionKey) throw new InvalidCursorError();
  const sortName = spec.index === undefined ? 'SK' : `${spec.index}SK`;
  const sortKey = record[sortName] as string;
  if (!sortKey.startsWith(spec.sortKeyPrefix)) throw new InvalidCursorError();
  // A bounded query's cursor lies inside its range; one from the unbounded list of the same
  // partition may lie below it, where DynamoDB would refuse it or the page would restart.
  if (spec.sortKeyFrom !== undefined && sortKey < spec.sortKeyFrom) throw new InvalidCursorError();
  return Object.fromEntries(names.map((name) => [name, { S: record[name] as string }]));
}
