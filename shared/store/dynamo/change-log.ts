import { randomUUID } from 'node:crypto';
import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { activityIndexKeys, changeLogKey, ENTITY, queries } from '../keys';
import type { ChangeLog, RegistryChange } from '../ports/change-log';
import { toAttributes } from './codec';
import { queryPage } from './query-page';
import { entityFields } from './simple-items';
import type { GuardedWrite } from './transact';

/**
 * The change-log entry of a registry write, to go in the same transaction (`transactWrite`): a
 * new item that can never overwrite another.
 */
export function changeLogWrite(tableName: string, change: RegistryChange): GuardedWrite {
  const changeId = randomUUID();
  return {
    write: {
      Put: {
        TableName: tableName,
        Item: toAttributes({
          ...changeLogKey(change.entity, change.entityId, change.at, changeId),
          ...activityIndexKeys(change.at, 'REG', changeId),
          type: ENTITY.registryChange,
          ...change,
        }),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
  };
}

export function makeDynamoChangeLog({
  client,
  tableName,
}: {
  client: DynamoDBClient;
  tableName: string;
}): ChangeLog {
  return {
    async record(change) {
      const put = changeLogWrite(tableName, change).write.Put;
      if (put) await client.send(new PutItemCommand(put));
    },
    list: (entity, entityId, page) =>
      queryPage({
        client,
        tableName,
        spec: queries.changes(entity, entityId),
        page,
        map: (item) => entityFields(item) as unknown as RegistryChange,
      }),
  };
}
