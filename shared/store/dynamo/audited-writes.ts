/**
 * Registry writes with their change-log entry (`change-log.ts`) in the same transaction, so a
 * directory change is never stored without who made it and what it was before. Without a change
 * (the demo seed, tests of the store itself) they are the plain writes.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { conflict } from '../errors';
import type { RegistryChange } from '../ports/change-log';
import { changeLogWrite } from './change-log';
import { toAttributes } from './codec';
import { putNew } from './simple-items';
import { transactWrite } from './transact';
import { updateVersioned, type VersionedUpdate, versionedUpdateWrite } from './versioned-update';

export async function putNewAudited(
  client: DynamoDBClient,
  tableName: string,
  item: Record<string, unknown>,
  details: Readonly<Record<string, unknown>>,
  change: RegistryChange | undefined,
): Promise<void> {
  if (!change) return putNew(client, tableName, item, details);
  await transactWrite(client, [
    {
      write: {
        Put: {
          TableName: tableName,
          Item: toAttributes(item),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () => conflict('ALREADY_EXISTS', details),
    },
    changeLogWrite(tableName, change),
  ]);
}

/**
 * A versioned update with its change-log entry. The answer is the item as the update left it:
 * what was read (`current`) with the changes, the next version and the time.
 */
export async function updateVersionedAudited(
  client: DynamoDBClient,
  tableName: string,
  update: VersionedUpdate & { readonly expectedVersion: number },
  current: Readonly<Record<string, unknown>>,
  change: RegistryChange | undefined,
): Promise<Record<string, unknown>> {
  if (!change) return updateVersioned(client, tableName, update);
  await transactWrite(client, [versionedUpdateWrite(tableName, update), changeLogWrite(tableName, change)]);
  const next: Record<string, unknown> = { ...current };
  for (const [name, value] of Object.entries(update.set)) {
    if (value === undefined) delete next[name];
    else next[name] = value;
  }
  return { ...next, version: update.expectedVersion + 1, updatedAt: update.updatedAt };
}
