import { type DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { NotFoundError } from '../../domain/errors';
import { changeLogWrite } from '../../store/dynamo/change-log';
import { fromAttributes, toAttributes } from '../../store/dynamo/codec';
import { transactWrite } from '../../store/dynamo/transact';
import { ENTITY, MAIL_SUPPRESSED_PARTITION, mailSuppressionKey } from '../../store/keys';
import type { Suppression, SuppressionList } from '../ports';

/**
 * Suppressed addresses at `SUPPRESS#<address>` / `META`, listed newest first under GSI1
 * `MAIL#SUPPRESSED` for the secretariat. A later bounce of the same address overwrites the
 * earlier record (the latest reason is what people need to see).
 */
export function makeDynamoSuppressionList({
  client,
  tableName,
}: {
  readonly client: DynamoDBClient;
  readonly tableName: string;
}): SuppressionList {
  // GetItem per address (a message has a handful, an organisation's directory dozens): the
  // functions' IAM grants no Batch* action.
  const lookup = async (addresses: readonly string[]): Promise<Suppression[]> => {
    const wanted = [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter(Boolean))];
    const found = await Promise.all(
      wanted.map(async (address) => {
        const output = await client.send(
          new GetItemCommand({
            TableName: tableName,
            Key: toAttributes({ ...mailSuppressionKey(address) }),
            ConsistentRead: true,
          }),
        );
        return output.Item ? suppressionOf(output.Item) : undefined;
      }),
    );
    return found.filter((s): s is Suppression => s !== undefined);
  };
  return {
    async record(s) {
      const address = s.address.trim().toLowerCase();
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: toAttributes({
            ...mailSuppressionKey(address),
            type: ENTITY.mailSuppression,
            GSI1PK: MAIL_SUPPRESSED_PARTITION,
            GSI1SK: `${s.at}#${address}`,
            ...s,
            address,
          }),
        }),
      );
    },

    async suppressed(addresses) {
      return new Set((await lookup(addresses)).map((s) => s.address));
    },

    lookup,

    async lift(address, change) {
      await transactWrite(client, [
        {
          write: {
            Delete: {
              TableName: tableName,
              Key: toAttributes({ ...mailSuppressionKey(address.trim().toLowerCase()) }),
              ConditionExpression: 'attribute_exists(PK)',
            },
          },
          onConditionFailed: () =>
            new NotFoundError(
              'mail_suppression',
              address,
              'Địa chỉ này không (còn) nằm trong danh sách ngừng gửi thư.',
            ),
        },
        changeLogWrite(tableName, change),
      ]);
    },

    async list(limit = 100) {
      const output = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :pk',
          ExpressionAttributeValues: toAttributes({ ':pk': MAIL_SUPPRESSED_PARTITION }),
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (output.Items ?? []).map(suppressionOf);
    },
  };
}

function suppressionOf(item: Parameters<typeof fromAttributes>[0]): Suppression {
  const s = fromAttributes(item);
  return {
    address: s.address as string,
    reason: s.reason as Suppression['reason'],
    at: s.at as string,
    ...(s.detail ? { detail: s.detail as string } : {}),
  };
}
