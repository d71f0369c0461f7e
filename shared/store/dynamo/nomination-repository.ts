import {
  type AttributeValue,
  type DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  TransactGetItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { NotFoundError } from '../../domain/errors';
import { type AuditEvent, chainEvent } from '../audit-chain';
import { ballotTableNameFor } from '../ballot-table';
import { conflict } from '../errors';
import {
  ballotKey,
  initiativeUseKey,
  nominationIndexKeys,
  nominationKey,
  type QuerySpec,
  queries,
  quotaCounterKey,
  tallyKey,
} from '../keys';
import { type Clock, MAX_TRANSACTION_ITEMS, type Page, type PageRequest } from '../ports/common';
import type {
  NewNomination,
  Nomination,
  NominationFilter,
  NominationRepository,
  Transition,
} from '../ports/nomination-repository';
import { isCancelled } from './cancellation';
import { fromAttributes, toAttributes } from './codec';
import {
  eventFromItem,
  eventToItem,
  NOMINATION_HEAD_ATTRIBUTES,
  nominationFromItem,
  nominationHeadFromItem,
  nominationToItem,
  TALLY_ATTRIBUTE_PREFIX,
  voteFromItem,
} from './nomination-item';
import { staleError, transitionEvent, transitionWrites } from './planned-transition-writes';
import { projectionOf, queryPage } from './query-page';
import { makeDynamoNominationReader } from './record-readers';
import { type TransactOptions, transactWrite } from './transact';

export interface DynamoNominationRepositoryDeps {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly clock: Clock;
  /** Retry policy for transactions that collided with another; tests shorten the sleep. */
  readonly transact?: TransactOptions;
}

/**
 * The DynamoDB adapter of {@link NominationRepository}. The nomination lives at `NOM#<id>`/`META`,
 * its audit trail beside it at `EVT#<seq>`; every change writes both in one `TransactWriteItems`.
 */
export function makeDynamoNominationRepository(deps: DynamoNominationRepositoryDeps): NominationRepository {
  const { client, tableName, clock } = deps;

  const { get } = makeDynamoNominationReader({ client, tableName });

  // A transaction of reads: strongly consistent, up to 100 items a request, and authorised as
  // GetItem (the functions hold no Batch* action, by design: infra/access.ts). DynamoDB cancels it
  // (`TransactionConflict`) while another transaction is writing one of its items; that chunk is
  // then read item by item (GetItem, strongly consistent, never cancelled), so a read never fails
  // because someone else is writing.
  const readManyOf =
    <T>(read: {
      readonly map: (item: Record<string, unknown>) => T;
      readonly projection?: readonly string[];
    }) =>
    async (ids: readonly string[]): Promise<(T | Nomination)[]> => {
      const projection = read.projection === undefined ? undefined : projectionOf(read.projection);
      const readChunk = async (chunk: readonly string[]): Promise<(T | Nomination)[]> => {
        try {
          const answer = await client.send(
            new TransactGetItemsCommand({
              TransactItems: chunk.map((id) => ({
                Get: {
                  TableName: tableName,
                  Key: toAttributes({ ...nominationKey(id) }),
                  ...(projection === undefined
                    ? {}
                    : {
                        ProjectionExpression: projection.expression,
                        ExpressionAttributeNames: projection.names,
                      }),
                },
              })),
            }),
          );
          return (answer.Responses ?? []).flatMap((response) =>
            response.Item === undefined ? [] : [read.map(fromAttributes(response.Item))],
          );
        } catch (error) {
          if (!isCancelled(error)) throw error;
          return (await Promise.all(chunk.map(get))).filter((n): n is Nomination => n !== undefined);
        }
      };
      const unique = [...new Set(ids)];
      const chunks = Array.from({ length: Math.ceil(unique.length / MAX_TRANSACTION_ITEMS) }, (_, i) =>
        unique.slice(i * MAX_TRANSACTION_ITEMS, (i + 1) * MAX_TRANSACTION_ITEMS),
      );
      return (await Promise.all(chunks.map(readChunk))).flat();
    };
  const getMany = readManyOf({ map: nominationFromItem });
  // What a list reads of each (a projection per item); a chunk read again item by item reads whole items.
  const getManyHeads = readManyOf({ map: nominationHeadFromItem, projection: NOMINATION_HEAD_ATTRIBUTES });

  /** A list reading whole items, or only some attributes (`projection`) mapped by `map`. */
  const listOf =
    <T>(read: {
      readonly map: (item: Record<string, unknown>) => T;
      readonly projection?: readonly string[];
    }) =>
    (spec: QuerySpec, page?: PageRequest, filter?: NominationFilter) =>
      queryPage({
        client,
        tableName,
        spec,
        page,
        filter: Object.fromEntries(Object.entries(filter ?? {}).filter(([, value]) => value !== undefined)),
        ...read,
      });
  const list = listOf({ map: nominationFromItem });
  const listHeads = listOf({ map: nominationHeadFromItem, projection: NOMINATION_HEAD_ATTRIBUTES });

  const getItem = async (key: { PK: string; SK: string }) => {
    const output = await client.send(
      new GetItemCommand({ TableName: tableName, Key: toAttributes({ ...key }), ConsistentRead: true }),
    );
    return output.Item === undefined ? undefined : fromAttributes(output.Item);
  };

  return {
    get,
    getMany,
    getManyHeads,

    async create(input: NewNomination): Promise<Nomination> {
      const at = clock.now().toISOString();
      const { event: change, ...fields } = input;
      const event = chainEvent(null, {
        nominationId: input.id,
        seq: 1,
        ...change,
        at,
        from: null,
        to: input.state,
      });
      const nomination: Nomination = {
        ...fields,
        version: 1,
        createdAt: at,
        updatedAt: at,
        lastEventSeq: event.seq,
        lastEventHash: event.hash,
      };
      const exists = () => conflict('NOMINATION_ALREADY_EXISTS', { nominationId: input.id });
      await transactWrite(
        client,
        [
          {
            write: {
              Put: {
                TableName: tableName,
                Item: toAttributes(nominationToItem(nomination)),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            onConditionFailed: exists,
          },
          {
            write: {
              Put: {
                TableName: tableName,
                Item: toAttributes(eventToItem(event)),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            onConditionFailed: exists,
          },
        ],
        deps.transact,
      );
      return nomination;
    },

    async transition(input: Transition): Promise<{ nomination: Nomination; event: AuditEvent }> {
      const current = input.current?.id === input.id ? input.current : await get(input.id);
      if (current === undefined)
        throw new NotFoundError('nomination', input.id, 'Không tìm thấy hồ sơ đề nghị.');
      // Checked here too so a stale caller is told at once, without spending a transaction.
      const staleness = staleError(current, input);
      if (staleness !== undefined) throw staleness;

      const at = clock.now().toISOString();
      const event = transitionEvent(current, input, at);
      const { campaignId: campaignChange, leaveCampaign, ...otherChanges } = input.changes ?? {};
      const { campaignId: _previousCampaign, ...withoutCampaign } = current;
      const next: Nomination = {
        ...(leaveCampaign ? withoutCampaign : current),
        ...otherChanges,
        ...(campaignChange === undefined ? {} : { campaignId: campaignChange }),
        state: input.to,
        version: current.version + 1,
        updatedAt: at,
        lastEventSeq: event.seq,
        lastEventHash: event.hash,
      };
      const index = nominationIndexKeys(next);
      // Leaving every campaign removes the nomination from the sparse campaign index.
      const leaving = leaveCampaign && campaignChange === undefined;
      await transactWrite(
        client,
        transitionWrites(tableName, {
          input,
          next,
          event,
          at,
          changed: {
            ...(input.changes?.form === undefined ? {} : { form: input.changes.form }),
            ...(input.changes?.nominee === undefined ? {} : { nominee: input.changes.nominee }),
            ...(input.changes?.records === undefined ? {} : { records: input.changes.records }),
            ...draftFieldChanges(input.changes),
            ...(campaignChange !== undefined
              ? { campaignId: campaignChange, GSI3PK: index.GSI3PK, GSI3SK: index.GSI3SK }
              : {}),
          },
          ...(leaving ? { remove: ['campaignId', 'GSI3PK', 'GSI3SK'] } : {}),
        }),
        deps.transact,
      );
      return { nomination: next, event };
    },

    listByUnit: (unitId, page, filter) => list(queries.nominationsByUnit(unitId), page, filter),
    listByOrgAndState: (organisationId, state, page, range) =>
      list(queries.nominationsByOrgAndState(organisationId, state, range?.updatedFrom), page),
    listHeadsByUnit: (unitId, page, filter) => listHeads(queries.nominationsByUnit(unitId), page, filter),
    listHeadsByOrgAndState: (organisationId, state, page, range) =>
      listHeads(queries.nominationsByOrgAndState(organisationId, state, range?.updatedFrom), page),
    listByCampaign: (campaignId, page) => list(queries.nominationsByCampaign(campaignId), page),

    listAuditEvents: (id, page): Promise<Page<AuditEvent>> =>
      queryPage({
        client,
        tableName,
        spec: queries.auditEvents(id),
        page,
        consistent: true,
        map: eventFromItem,
      }),

    listVotes: (id, page, box) =>
      queryPage({
        client,
        tableName,
        spec: queries.votes(id, box),
        page,
        consistent: true,
        map: voteFromItem,
      }),

    async getInitiativeUse(initiativeId) {
      const item = await getItem(initiativeUseKey(initiativeId));
      if (item === undefined) return undefined;
      return {
        initiativeId: item.initiativeId as string,
        nominationId: item.nominationId as string,
        at: item.at as string,
      };
    },

    async getQuotaUsed(q) {
      const item = await getItem(quotaCounterKey(q));
      return typeof item?.used === 'number' ? item.used : 0;
    },

    async getTally(id, box) {
      const output = await client.send(
        new GetItemCommand({
          TableName: tableName,
          Key: toAttributes({ ...tallyKey(id, box) }),
          ConsistentRead: true,
        }),
      );
      const item = output.Item === undefined ? {} : fromAttributes(output.Item);
      const counts: Record<string, number> = Object.fromEntries(
        Object.entries(item)
          .filter(([name]) => name.startsWith(TALLY_ATTRIBUTE_PREFIX))
          .map(([name, value]) => [name.slice(TALLY_ATTRIBUTE_PREFIX.length), value as number]),
      );
      // The ballot box: one item per secret ballot, counted here (a council's tens of votes).
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: ballotTableNameFor(tableName),
            KeyConditionExpression: 'PK = :pk',
            ExpressionAttributeValues: toAttributes({ ':pk': ballotKey(id, box).PK }),
            ProjectionExpression: 'choice',
            ConsistentRead: true,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const ballot of page.Items ?? []) {
          const choice = fromAttributes(ballot).choice as string;
          counts[choice] = (counts[choice] ?? 0) + 1;
        }
        start = page.LastEvaluatedKey;
      } while (start);
      return counts;
    },
  };
}

/** The plain attributes a draft edit may replace (its index keys do not depend on them). */
function draftFieldChanges(changes: Transition['changes']): Record<string, unknown> {
  const fields = ['awardCode', 'subject', 'track', 'year'] as const;
  return Object.fromEntries(
    fields.filter((field) => changes?.[field] !== undefined).map((field) => [field, changes?.[field]]),
  );
}
