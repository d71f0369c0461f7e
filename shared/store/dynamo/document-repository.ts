import { GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { ConflictError } from '../../domain/errors';
import {
  decisionKey,
  documentCounterKey,
  documentIndexKeys,
  documentNumberKey,
  ENTITY,
  queries,
} from '../keys';
import type { DocumentRepository, IssuedDocument } from '../ports/council-repositories';
import { fromAttributes, toAttributes } from './codec';
import type { DynamoRegistryDeps } from './organisation-repository';
import { plannedTransitionWrites } from './planned-transition-writes';
import { queryPage } from './query-page';
import { entityFields, getEntity } from './simple-items';
import { type GuardedWrite, transactWrite } from './transact';

/**
 * Nominations per transaction: the first carries the number, the counter and the document
 * (3 + 2×48 = 99), later ones a condition check on the document (1 + 2×48 = 97).
 */
export const DOCUMENT_CHUNK = 48;

export interface DynamoDocumentRepositoryDeps extends DynamoRegistryDeps {
  /** Tests lower it to exercise the chunked path with few nominations. */
  readonly chunkSize?: number;
}

/**
 * The DynamoDB adapter of {@link DocumentRepository}: `DEC#<id>` / `META` for every issued document
 * (listed by GSI1 under the issuer, `DEC#<year>#<seq>` or `TTR#<year>#<seq>`), and one counter per
 * issuer, year and series at `DOCNO#<issuer>#<year>` / `<series>`.
 */
export function makeDynamoDocumentRepository(deps: DynamoDocumentRepositoryDeps): DocumentRepository {
  const { client, tableName, clock } = deps;
  const chunkSize = deps.chunkSize ?? DOCUMENT_CHUNK;
  const asDocument = (item: Record<string, unknown>) => entityFields(item) as unknown as IssuedDocument;

  return {
    async lastNumber(issuerId, year, series) {
      const output = await client.send(
        new GetItemCommand({
          TableName: tableName,
          Key: toAttributes({ ...documentCounterKey(issuerId, year, series) }),
          ConsistentRead: true,
        }),
      );
      return output.Item === undefined ? 0 : ((fromAttributes(output.Item).last as number | undefined) ?? 0);
    },

    async issue(document, planned, numbering) {
      const at = clock.now().toISOString();
      const key = decisionKey(document.id);
      // One document per number of an issuer's year, however the number was chosen.
      const number: GuardedWrite = {
        write: {
          Put: {
            TableName: tableName,
            Item: toAttributes({
              ...documentNumberKey(document.issuerId, document.year, document.series, document.seq),
              type: ENTITY.documentNumber,
              number: document.number,
              documentId: document.id,
              at,
            }),
            ConditionExpression: 'attribute_not_exists(PK)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        onConditionFailed: (old) =>
          new ConflictError(
            'DECISION_NUMBER_TAKEN',
            `Số ${document.number} đã được dùng cho văn bản khác của cơ quan trong năm ${document.year}.`,
            { number: document.number, documentId: old?.documentId },
          ),
      };
      const counterWas = numbering?.counterWas ?? 0;
      const counter: GuardedWrite = {
        write: {
          Update: {
            TableName: tableName,
            Key: toAttributes({ ...documentCounterKey(document.issuerId, document.year, document.series) }),
            UpdateExpression: 'SET #type = :type, #last = :seq',
            // The counter moves only from the value the caller read: two documents never both take
            // the next number. It may jump past numbers entered by hand (never reused).
            ConditionExpression: '(attribute_not_exists(#last) AND :prev = :zero) OR #last = :prev',
            ExpressionAttributeNames: { '#type': 'type', '#last': 'last' },
            ExpressionAttributeValues: toAttributes({
              ':type': ENTITY.documentCounter,
              ':seq': document.seq,
              ':prev': counterWas,
              ':zero': 0,
            }),
          },
        },
        onConditionFailed: () =>
          new ConflictError('DOCUMENT_NUMBER_TAKEN', 'Số văn bản vừa được cấp cho văn bản khác.', {
            number: document.number,
          }),
      };
      const put: GuardedWrite = {
        write: {
          Put: {
            TableName: tableName,
            Item: toAttributes({
              ...key,
              type: ENTITY.decision,
              ...documentIndexKeys(document),
              ...document,
            }),
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        onConditionFailed: () =>
          new ConflictError('ALREADY_EXISTS', 'Văn bản với mã này đã tồn tại.', { documentId: document.id }),
      };
      const stillPending: GuardedWrite = {
        write: {
          ConditionCheck: {
            TableName: tableName,
            Key: toAttributes({ ...key }),
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: toAttributes({ ':pending': 'pending' }),
          },
        },
        onConditionFailed: () =>
          new ConflictError('DOCUMENT_NOT_PENDING', 'Văn bản đã hoàn tất; không ghi thêm.', {
            documentId: document.id,
          }),
      };
      for (let start = 0; start === 0 || start < planned.length; start += chunkSize) {
        const chunk = planned
          .slice(start, start + chunkSize)
          .flatMap((p) => plannedTransitionWrites(tableName, p, at));
        const first = numbering ? [number, counter, put] : [number, put];
        await transactWrite(client, start === 0 ? [...first, ...chunk] : [stillPending, ...chunk]);
      }
    },

    async markIssued(id) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: toAttributes({ ...decisionKey(id) }),
          UpdateExpression: 'SET #status = :issued',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: toAttributes({ ':issued': 'issued' }),
        }),
      );
    },

    get: async (id) => {
      const item = await getEntity(client, tableName, decisionKey(id));
      return item === undefined ? undefined : asDocument(item);
    },

    listByIssuer: (issuerId, series, { year, ...page } = {}) =>
      queryPage({
        client,
        tableName,
        spec: queries.documentsByIssuer(issuerId, series, year),
        page,
        map: asDocument,
      }),
  };
}
