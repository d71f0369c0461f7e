import { type DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { conflict } from '../errors';
import type { ItemKey } from '../keys';
import { fromAttributes, type Item, toAttributes } from './codec';
import { isConditionFailure } from './condition-failure';

const KEY_ATTRIBUTES = /^(PK|SK|type|GSI\dPK|GSI\dSK)$/;

/** Drops the storage attributes (keys, index keys, `type`) so only the entity's own fields remain. */
export function entityFields(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.test(name)));
}

/** Puts a new item; an existing item at the same key is `ConflictError` `ALREADY_EXISTS`. */
export async function putNew(
  client: DynamoDBClient,
  tableName: string,
  item: Record<string, unknown>,
  details: Readonly<Record<string, unknown>>,
): Promise<void> {
  try {
    await client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: toAttributes(item),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) {
      throw conflict('ALREADY_EXISTS', details);
    }
    throw error;
  }
}

export async function getEntity(
  client: DynamoDBClient,
  tableName: string,
  key: ItemKey,
): Promise<Record<string, unknown> | undefined> {
  const output = await client.send(
    new GetItemCommand({ TableName: tableName, Key: toAttributes({ ...key }), ConsistentRead: true }),
  );
  return output.Item === undefined ? undefined : entityFields(fromAttributes(output.Item as Item));
}
