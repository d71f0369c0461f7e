/**
 * What a stream record carries, once it passed the filter: an audit event that notifies, an
 * issued document, or an opened meeting. Anything else that reaches the notifier is a poison
 * record: `PoisonRecordError` says why, and it takes the dead-letter path.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { AuditEvent, IssuedDocument, Meeting } from '../store';

export type OutboxItem =
  | { readonly kind: 'event'; readonly event: AuditEvent }
  | { readonly kind: 'document'; readonly document: IssuedDocument }
  | { readonly kind: 'meeting'; readonly meeting: Meeting };

/** A record that can never be processed, however often it is retried. */
export class PoisonRecordError extends Error {
  override readonly name = 'PoisonRecordError';
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Reads the record's new image into an outbox item, or throws `PoisonRecordError`. */
export function outboxItemOf(record: DynamoDBRecord): OutboxItem {
  const image = record.dynamodb?.NewImage;
  if (image === undefined) throw new PoisonRecordError('the record has no new image');
  let item: Record<string, unknown>;
  try {
    item = unmarshall(image as Record<string, AttributeValue>);
  } catch (error) {
    throw new PoisonRecordError(`the new image cannot be read: ${(error as Error).message}`);
  }
  switch (item.type) {
    case 'AuditEvent': {
      const data = item.data as Record<string, unknown> | undefined;
      if (
        !isString(item.nominationId) ||
        typeof item.seq !== 'number' ||
        !isString(item.action) ||
        !isString(item.to)
      )
        throw new PoisonRecordError('the audit event lacks its nomination, sequence, action or state');
      if (data !== undefined && !Array.isArray(data.notify))
        throw new PoisonRecordError('the audit event has no notify list');
      return { kind: 'event', event: item as unknown as AuditEvent };
    }
    case 'Decision': {
      if (!isString(item.id) || !isString(item.number) || !Array.isArray(item.entries))
        throw new PoisonRecordError('the document lacks its id, number or entries');
      return { kind: 'document', document: item as unknown as IssuedDocument };
    }
    case 'Meeting': {
      if (!isString(item.id) || !isString(item.organisationId) || !Array.isArray(item.agenda))
        throw new PoisonRecordError('the meeting lacks its id, organisation or agenda');
      return { kind: 'meeting', meeting: item as unknown as Meeting };
    }
    default:
      throw new PoisonRecordError(`no notice is sent for items of type ${String(item.type)}`);
  }
}
