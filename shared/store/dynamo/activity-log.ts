import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ENTITY, queries } from '../keys';
import type { ActivityEntry, ActivityLog, RegistryChange } from '../ports/change-log';
import { eventFromItem } from './nomination-item';
import { queryPage } from './query-page';
import { entityFields } from './simple-items';

/** The activity index (GSI4 `ACTIVITY#<month>`): audit events and registry changes of a month. */
export function makeDynamoActivityLog({
  client,
  tableName,
}: {
  client: DynamoDBClient;
  tableName: string;
}): ActivityLog {
  return {
    listMonth: (month, page) =>
      queryPage({
        client,
        tableName,
        spec: queries.activity(month),
        page,
        newestFirst: true,
        map: (item): ActivityEntry =>
          item.type === ENTITY.auditEvent
            ? { kind: 'nomination', event: eventFromItem(item) }
            : { kind: 'registry', change: entityFields(item) as unknown as RegistryChange },
      }),
  };
}
