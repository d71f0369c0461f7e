import {
  type AttributeValue,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { ConflictError } from '../../domain/errors';
import { conflict } from '../errors';
import {
  decisionKey,
  documentCounterKey,
  documentIndexKeys,
  documentNumberKey,
  ENTITY,
  nominationKey,
  queries,
} from '../keys';
import { MAX_TRANSACTION_ITEMS } from '../ports/common';
import type { DocumentRepository, IssuedDocument, PlannedTransition } from '../ports/council-repositories';
import type { Nomination } from '../ports/nomination-repository';
import { fromAttributes, toAttributes } from './codec';
import { nominationFromItem } from './nomination-item';
import type { DynamoRegistryDeps } from './organisation-repository';
import { plannedTransitionWrites } from './planned-transition-writes';
import { queryPage } from './query-page';
import { makeDynamoDocumentReader } from './record-readers';
import { entityFields, getEntity } from './simple-items';
import { type GuardedWrite, transactWrite } from './transact';

export { MAX_TRANSACTION_ITEMS };

export interface DynamoDocumentRepositoryDeps extends DynamoRegistryDeps {
  /** Tests lower it to exercise the chunked path with few nominations. */
  readonly maxTransactionItems?: number;
}

/** The sparse index entry (GSI2) of a document still `pending`, for the sweep that finishes it. */
const PENDING_PARTITION = 'DOC#PENDING';
const pendingIndexKeys = (document: { id: string; createdAt: string }) => ({
  GSI2PK: PENDING_PARTITION,
  GSI2SK: `${document.createdAt}#${document.id}`,
});

/** One stored step of a chunked document's plan, so a crash can be rolled forward. */
const planKey = (documentId: string, index: number) => ({
  PK: decisionKey(documentId).PK,
  SK: `PLAN#${String(index).padStart(5, '0')}`,
});

/** Fills transactions greedily, keeping each nomination's writes together and in order. */
function pack(groups: readonly GuardedWrite[][], firstCapacity: number, capacity: number): GuardedWrite[][] {
  const chunks: GuardedWrite[][] = [[]];
  let room = firstCapacity;
  for (const group of groups) {
    const current = chunks[chunks.length - 1] as GuardedWrite[];
    if (group.length > room && current.length > 0) {
      chunks.push([...group]);
      room = capacity - group.length;
    } else {
      current.push(...group);
      room -= group.length;
    }
  }
  return chunks;
}

/** Whether a planned transition has been written (the nomination moved on from the version planned). */
const alreadyApplied = (planned: PlannedTransition, now: Nomination | undefined): boolean =>
  now !== undefined && now.version > planned.current.version;

/**
 * The DynamoDB adapter of {@link DocumentRepository}: `DEC#<id>` / `META` for every issued document
 * (listed by GSI1 under the issuer, `DEC#<year>#<seq>` or `TTR#<year>#<seq>`), and one counter per
 * issuer, year and series at `DOCNO#<issuer>#<year>` / `<series>`.
 */
export function makeDynamoDocumentRepository(deps: DynamoDocumentRepositoryDeps): DocumentRepository {
  const { client, tableName, clock } = deps;
  const maxItems = deps.maxTransactionItems ?? MAX_TRANSACTION_ITEMS;
  const asDocument = (item: Record<string, unknown>) => entityFields(item) as unknown as IssuedDocument;

  const stillPending = (id: string): GuardedWrite => ({
    write: {
      ConditionCheck: {
        TableName: tableName,
        Key: toAttributes({ ...decisionKey(id) }),
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: toAttributes({ ':pending': 'pending' }),
      },
    },
    onConditionFailed: () => conflict('DOCUMENT_NOT_PENDING', { documentId: id }),
  });

  const markIssued = async (id: string) => {
    await client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: toAttributes({ ...decisionKey(id) }),
        UpdateExpression: 'SET #status = :issued REMOVE GSI2PK, GSI2SK',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: toAttributes({ ':issued': 'issued' }),
      }),
    );
  };

  /**
   * The plan of a chunked document, one item per nomination, written before anything else. Plain
   * `PutItem`s, ten at a time: application roles hold no `Batch*` action (`infra/access.ts`).
   */
  const writePlan = async (documentId: string, planned: readonly PlannedTransition[], at: string) => {
    for (let start = 0; start < planned.length; start += 10) {
      await Promise.all(
        planned.slice(start, start + 10).map((p, i) =>
          client.send(
            new PutItemCommand({
              TableName: tableName,
              Item: toAttributes({
                ...planKey(documentId, start + i),
                type: ENTITY.documentPlan,
                at,
                planned: p,
              }),
            }),
          ),
        ),
      );
    }
  };

  const readPlan = async (documentId: string) => {
    const steps: { planned: PlannedTransition; at: string }[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const output = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :plan)',
          ExpressionAttributeValues: toAttributes({ ':pk': decisionKey(documentId).PK, ':plan': 'PLAN#' }),
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of output.Items ?? []) {
        const step = fromAttributes(item) as { planned: PlannedTransition; at: string };
        steps.push({ planned: step.planned, at: step.at });
      }
      start = output.LastEvaluatedKey;
    } while (start);
    return steps;
  };

  /**
   * Writes the planned transitions not yet written, in transactions each guarded by the document
   * still being `pending`, then marks it issued (which wakes the notifier).
   */
  const finish = async (documentId: string, remaining: readonly PlannedTransition[], at: string) => {
    const groups = remaining.map((p) => plannedTransitionWrites(tableName, p, at));
    for (const chunk of pack(groups, maxItems - 1, maxItems - 1)) {
      if (chunk.length > 0) await transactWrite(client, [stillPending(documentId), ...chunk]);
    }
    await markIssued(documentId);
  };

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
      const groups = planned.map((p) => plannedTransitionWrites(tableName, p, at));
      const header = numbering ? [number, counter] : [number];
      const documentPut = (status: 'issued' | 'pending'): GuardedWrite => ({
        ...put,
        write: {
          Put: {
            ...(put.write.Put as NonNullable<typeof put.write.Put>),
            Item: toAttributes({
              ...key,
              type: ENTITY.decision,
              ...documentIndexKeys(document),
              ...(status === 'pending' ? pendingIndexKeys(document) : {}),
              ...document,
              status,
            }),
          },
        },
      });
      const writes = groups.flat();
      if (header.length + 1 + writes.length <= maxItems) {
        // Number, document and every transition with its award history: one transaction, issued
        // at once. A crash leaves all of it or none of it.
        await transactWrite(client, [...header, documentPut('issued'), ...writes]);
        return 'issued';
      }
      // Too large for one transaction: the plan first (harmless alone: nothing refers to it), then
      // the number and the `pending` document with the first nominations, then the rest, then
      // `issued`. A crash in between is rolled forward by `resumePending` (the sweep).
      await writePlan(document.id, planned, at);
      const [first = [], ...rest] = pack(groups, maxItems - header.length - 1, maxItems - 1);
      await transactWrite(client, [...header, documentPut('pending'), ...first]);
      for (const chunk of rest) await transactWrite(client, [stillPending(document.id), ...chunk]);
      await markIssued(document.id);
      return 'issued';
    },

    async resumePending(id) {
      const document = await getEntity(client, tableName, decisionKey(id));
      if (!document || (document as { status?: string }).status !== 'pending') return 'not-pending';
      const steps = await readPlan(id);
      const remaining: PlannedTransition[] = [];
      for (const step of steps) {
        const now = await getEntity(client, tableName, nominationKey(step.planned.current.id));
        if (!alreadyApplied(step.planned, now ? nominationFromItem(now) : undefined))
          remaining.push(step.planned);
      }
      await finish(id, remaining, steps[0]?.at ?? clock.now().toISOString());
      return 'issued';
    },

    async listPending({ olderThan }) {
      const output = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'GSI2',
          KeyConditionExpression: 'GSI2PK = :pending AND GSI2SK < :before',
          ExpressionAttributeValues: toAttributes({ ':pending': PENDING_PARTITION, ':before': olderThan }),
        }),
      );
      return (output.Items ?? []).map((item) => fromAttributes(item).id as string);
    },

    markIssued,

    get: makeDynamoDocumentReader({ client, tableName }).get,

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
