import {
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { fromAttributes, toAttributes } from '../../store/dynamo/codec';
import { isConditionFailure } from '../../store/dynamo/condition-failure';
import { ENTITY, MAIL_SENDING_PARTITION, mailMarkerKey } from '../../store/keys';
import type { OutgoingMail } from '../message';
import type { ClaimResult, MailLedger, MailMarker } from '../ports';

export interface DynamoMailLedgerDeps {
  readonly client: DynamoDBClient;
  readonly tableName: string;
}

const markerOf = (item: Record<string, unknown>): MailMarker => ({
  key: item.key as string,
  status: item.status as MailMarker['status'],
  attempts: (item.attempts as number | undefined) ?? 0,
  ...(item.token ? { token: item.token as string } : {}),
  ...(item.claimedAt ? { claimedAt: item.claimedAt as string } : {}),
  ...(item.sentAt ? { sentAt: item.sentAt as string } : {}),
  ...(item.messageId ? { messageId: item.messageId as string } : {}),
  ...(item.confirmedAt ? { confirmedAt: item.confirmedAt as string } : {}),
  ...(item.lastError ? { lastError: item.lastError as string } : {}),
  ...(item.mail ? { mail: item.mail as OutgoingMail } : {}),
});

/**
 * Sent-markers at `MAIL#<key>` / `META`. A claim is one conditional put; while `sending` the
 * marker sits in GSI1 under `MAIL#SENDING` by claim time, so the sweep finds claims a crash left
 * behind without a scan; `sent`, `failed` and `skipped` leave the index.
 */
export function makeDynamoMailLedger({ client, tableName }: DynamoMailLedgerDeps): MailLedger {
  const get = async (key: string) => {
    const output = await client.send(
      new GetItemCommand({
        TableName: tableName,
        Key: toAttributes({ ...mailMarkerKey(key) }),
        ConsistentRead: true,
      }),
    );
    return output.Item ? markerOf(fromAttributes(output.Item)) : undefined;
  };

  /** An update that must find the claim still held by `token`; false when it is not. */
  const updateHeld = async (
    key: string,
    token: string,
    update: string,
    values: Record<string, unknown>,
  ): Promise<boolean> => {
    try {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: toAttributes({ ...mailMarkerKey(key) }),
          UpdateExpression: update,
          ConditionExpression: '#status = :sending AND #token = :token',
          ExpressionAttributeNames: { '#status': 'status', '#token': 'token' },
          ExpressionAttributeValues: toAttributes({ ...values, ':sending': 'sending', ':token': token }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  };

  return {
    get,

    async claim(mail, at, token): Promise<ClaimResult> {
      const previous = await get(mail.key);
      if (previous && previous.status !== 'failed') return { outcome: 'taken', marker: previous };
      const attempt = (previous?.attempts ?? 0) + 1;
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: toAttributes({
              ...mailMarkerKey(mail.key),
              type: ENTITY.mailMarker,
              GSI1PK: MAIL_SENDING_PARTITION,
              GSI1SK: `${at}#${mail.key}`,
              key: mail.key,
              status: 'sending',
              token,
              attempts: attempt,
              claimedAt: at,
              ...(previous?.lastError ? { lastError: previous.lastError } : {}),
              mail: { ...mail },
            }),
            // New, or released after a certain failure with the attempt count we read.
            ConditionExpression: 'attribute_not_exists(PK) OR (#status = :failed AND #attempts = :attempts)',
            ExpressionAttributeNames: { '#status': 'status', '#attempts': 'attempts' },
            ExpressionAttributeValues: toAttributes({
              ':failed': 'failed',
              ':attempts': previous?.attempts ?? 0,
            }),
          }),
        );
        return { outcome: 'claimed', token, attempt };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const winner = await get(mail.key);
        if (!winner) throw error;
        return { outcome: 'taken', marker: winner };
      }
    },

    async markSent(key, token, messageId, at) {
      const held = await updateHeld(
        key,
        token,
        'SET #status = :sent, sentAt = :at, messageId = :messageId REMOVE GSI1PK, GSI1SK, lastError',
        { ':sent': 'sent', ':at': at, ':messageId': messageId },
      );
      if (!held) throw new Error(`mail ${key}: the claim was lost before its marker could be written`);
    },

    async release(key, token, reason, at) {
      await updateHeld(
        key,
        token,
        'SET #status = :failed, lastError = :reason, failedAt = :at REMOVE GSI1PK, GSI1SK',
        {
          ':failed': 'failed',
          ':reason': reason.slice(0, 1000),
          ':at': at,
        },
      );
    },

    async markSkipped(mail, reason, at) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: toAttributes({
              ...mailMarkerKey(mail.key),
              type: ENTITY.mailMarker,
              key: mail.key,
              status: 'skipped',
              attempts: 0,
              lastError: reason,
              skippedAt: at,
              mail: { ...mail, html: '', text: '' },
            }),
            ConditionExpression: 'attribute_not_exists(PK)',
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    async staleClaims(claimedBefore, limit) {
      const output = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK < :before',
          ExpressionAttributeValues: toAttributes({
            ':pk': MAIL_SENDING_PARTITION,
            ':before': claimedBefore,
          }),
          Limit: limit,
        }),
      );
      return (output.Items ?? []).map((item) => markerOf(fromAttributes(item)));
    },

    async reclaim(key, oldToken, newToken, at) {
      return updateHeld(
        key,
        oldToken,
        'SET #token = :newToken, claimedAt = :at, GSI1SK = :sk, attempts = attempts + :one',
        { ':newToken': newToken, ':at': at, ':sk': `${at}#${key}`, ':one': 1 },
      );
    },

    async confirm(key, messageId, at) {
      try {
        await client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: toAttributes({ ...mailMarkerKey(key) }),
            // A late confirmation of a marker already `sent` only adds the time; a `sending`
            // claim becomes `sent`: SES accepted it even if we crashed before saying so.
            UpdateExpression:
              'SET confirmedAt = :at, #status = :sent, sentAt = if_not_exists(sentAt, :at), messageId = if_not_exists(messageId, :messageId) REMOVE GSI1PK, GSI1SK',
            ConditionExpression: '#status IN (:sending, :sent)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: toAttributes({
              ':at': at,
              ':sent': 'sent',
              ':sending': 'sending',
              ':messageId': messageId,
            }),
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },
  };
}
