import { type DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { ItemKey } from '../keys';
import { fromAttributes, type Item, toAttributes } from './codec';
import { isConditionFailure } from './condition-failure';
import { entityFields } from './simple-items';
import type { GuardedWrite } from './transact';

/** A business condition the item must meet besides its version (e.g. "still a draft"). */
export interface UpdateGuard {
  readonly attribute: string;
  readonly equals: string;
  /** The conflict raised when the item exists, the version matches, and this does not hold. */
  readonly code: string;
  readonly message: string;
}

export interface VersionedUpdate {
  readonly key: ItemKey;
  /** Attributes to set, index keys included; `undefined` values are removed from the item. */
  readonly set: Readonly<Record<string, unknown>>;
  /** When given, the item must still be at this version (what the caller last read). */
  readonly expectedVersion?: number | undefined;
  readonly guard?: UpdateGuard;
  readonly updatedAt: string;
  readonly entity: string;
  readonly id: string;
}

export const VERSION_CONFLICT = 'VERSION_CONFLICT';

/**
 * Items written before versions existed count as version 1, so the first guarded update of an
 * old item behaves exactly like that of a new one.
 */
export const versionOf = (item: Readonly<Record<string, unknown>>): number =>
  typeof item.version === 'number' ? item.version : 1;

/** The UpdateItem of a versioned update, and what its failed condition means. */
function versionedUpdateParts(tableName: string, update: VersionedUpdate) {
  const setNames = Object.keys(update.set).filter((name) => update.set[name] !== undefined);
  const removeNames = Object.keys(update.set).filter((name) => update.set[name] === undefined);
  const names: Record<string, string> = { '#version': 'version', '#updatedAt': 'updatedAt' };
  const values: Record<string, unknown> = { ':one': 1, ':now': update.updatedAt };
  const assignments = ['#version = if_not_exists(#version, :one) + :one', '#updatedAt = :now'];
  setNames.forEach((name, i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = update.set[name];
    assignments.push(`#s${i} = :s${i}`);
  });
  removeNames.forEach((name, i) => {
    names[`#r${i}`] = name;
  });
  const conditions = ['attribute_exists(PK)'];
  if (update.expectedVersion !== undefined) {
    values[':expected'] = update.expectedVersion;
    conditions.push(
      update.expectedVersion === 1
        ? '(attribute_not_exists(#version) OR #version = :expected)'
        : '#version = :expected',
    );
  }
  if (update.guard) {
    names['#guard'] = update.guard.attribute;
    values[':guard'] = update.guard.equals;
    conditions.push('#guard = :guard');
  }
  const removeClause = removeNames.length ? ` REMOVE ${removeNames.map((_, i) => `#r${i}`).join(', ')}` : '';
  const input = {
    TableName: tableName,
    Key: toAttributes({ ...update.key }),
    UpdateExpression: `SET ${assignments.join(', ')}${removeClause}`,
    ConditionExpression: conditions.join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: toAttributes(values),
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
  /** The item as it was when the condition failed (undefined: there was none). */
  const failure = (old: Record<string, unknown> | undefined): Error => {
    if (old === undefined) return new NotFoundError(update.entity, update.id);
    const actual = versionOf(old);
    if (update.expectedVersion !== undefined && actual !== update.expectedVersion) {
      return new ConflictError(
        VERSION_CONFLICT,
        'Dữ liệu vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại thao tác.',
        {
          entity: update.entity,
          id: update.id,
          expectedVersion: update.expectedVersion,
          actualVersion: actual,
        },
      );
    }
    if (update.guard) return new ConflictError(update.guard.code, update.guard.message, { id: update.id });
    return new ConflictError('CONDITION_FAILED', 'Không cập nhật được dữ liệu.', { id: update.id });
  };
  return { input, failure };
}

/**
 * A versioned update as one action of a transaction, so it is written together with its
 * change-log entry (`change-log.ts`): all or nothing.
 */
export function versionedUpdateWrite(tableName: string, update: VersionedUpdate): GuardedWrite {
  const { input, failure } = versionedUpdateParts(tableName, update);
  return { write: { Update: input }, onConditionFailed: failure };
}

/**
 * Updates an existing registry item in place: `version + 1`, `updatedAt`, conditioned on the item
 * existing, on `expectedVersion` when given, and on the guard. Never an unconditional put: two
 * editors at once end with one success and one 409, nothing silently overwritten.
 * @returns the item's entity fields after the update.
 */
export async function updateVersioned(
  client: DynamoDBClient,
  tableName: string,
  update: VersionedUpdate,
): Promise<Record<string, unknown>> {
  const { input, failure } = versionedUpdateParts(tableName, update);
  try {
    const output = await client.send(new UpdateItemCommand({ ...input, ReturnValues: 'ALL_NEW' }));
    return entityFields(fromAttributes((output.Attributes ?? {}) as Item));
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const old = (error as { Item?: Item }).Item;
    const reason = failure(old === undefined ? undefined : fromAttributes(old));
    if (reason instanceof ConflictError && reason.code === 'CONDITION_FAILED') throw error;
    throw reason;
  }
}
