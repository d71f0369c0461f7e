import { type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { NotFoundError } from '../../domain/errors';
import { type AuditEvent, chainEvent } from '../audit-chain';
import { conflict } from '../errors';
import {
  initiativeUseKey,
  nominationIndexKeys,
  nominationKey,
  type QuerySpec,
  queries,
  quotaCounterKey,
  tallyKey,
} from '../keys';
import type { Clock, Page, PageRequest } from '../ports/common';
import type {
  NewNomination,
  Nomination,
  NominationFilter,
  NominationRepository,
  Transition,
} from '../ports/nomination-repository';
import { fromAttributes, toAttributes } from './codec';
import {
  eventFromItem,
  eventToItem,
  nominationFromItem,
  nominationToItem,
  TALLY_ATTRIBUTE_PREFIX,
  voteFromItem,
} from './nomination-item';
import { queryPage } from './query-page';
import { type TransactOptions, transactWrite } from './transact';
import { extraWrite } from './transition-extras';

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

  const get = async (id: string): Promise<Nomination | undefined> => {
    const output = await client.send(
      new GetItemCommand({
        TableName: tableName,
        Key: toAttributes({ ...nominationKey(id) }),
        ConsistentRead: true,
      }),
    );
    return output.Item === undefined ? undefined : nominationFromItem(fromAttributes(output.Item));
  };

  const list = (spec: QuerySpec, page?: PageRequest, filter?: NominationFilter) =>
    queryPage({
      client,
      tableName,
      spec,
      page,
      filter: Object.fromEntries(Object.entries(filter ?? {}).filter(([, value]) => value !== undefined)),
      map: nominationFromItem,
    });

  const getItem = async (key: { PK: string; SK: string }) => {
    const output = await client.send(
      new GetItemCommand({ TableName: tableName, Key: toAttributes({ ...key }), ConsistentRead: true }),
    );
    return output.Item === undefined ? undefined : fromAttributes(output.Item);
  };

  return {
    get,

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
      const current = await get(input.id);
      if (current === undefined)
        throw new NotFoundError('nomination', input.id, 'Không tìm thấy hồ sơ đề nghị.');
      // Checked here too so a stale caller is told at once, without spending a transaction.
      const staleness = staleError(current, input);
      if (staleness !== undefined) throw staleness;

      const at = clock.now().toISOString();
      const event = chainEvent(
        { seq: current.lastEventSeq, hash: current.lastEventHash },
        {
          nominationId: input.id,
          seq: current.lastEventSeq + 1,
          ...input.event,
          at,
          from: input.from,
          to: input.to,
        },
      );
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
      const set: Record<string, unknown> = {
        state: next.state,
        version: next.version,
        updatedAt: next.updatedAt,
        lastEventSeq: next.lastEventSeq,
        lastEventHash: next.lastEventHash,
        GSI2PK: index.GSI2PK,
        GSI2SK: index.GSI2SK,
        ...(input.changes?.form === undefined ? {} : { form: input.changes.form }),
        ...(input.changes?.nominee === undefined ? {} : { nominee: input.changes.nominee }),
        ...(input.changes?.records === undefined ? {} : { records: input.changes.records }),
        ...draftFieldChanges(input.changes),
        ...(campaignChange !== undefined
          ? { campaignId: campaignChange, GSI3PK: index.GSI3PK, GSI3SK: index.GSI3SK }
          : {}),
      };
      const names = Object.keys(set);
      // Leaving every campaign removes the nomination from the sparse campaign index.
      const remove =
        leaveCampaign && campaignChange === undefined ? ' REMOVE campaignId, GSI3PK, GSI3SK' : '';
      await transactWrite(
        client,
        [
          {
            write: {
              Update: {
                TableName: tableName,
                Key: toAttributes({ ...nominationKey(input.id) }),
                UpdateExpression: `SET ${names.map((_, i) => `#a${i} = :a${i}`).join(', ')}${remove}`,
                ConditionExpression: '#version = :expected AND #state = :from',
                ExpressionAttributeNames: {
                  ...Object.fromEntries(names.map((name, i) => [`#a${i}`, name])),
                  '#version': 'version',
                  '#state': 'state',
                },
                ExpressionAttributeValues: toAttributes({
                  ...Object.fromEntries(names.map((name, i) => [`:a${i}`, set[name]])),
                  ':expected': input.expectedVersion,
                  ':from': input.from,
                }),
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            onConditionFailed: (old) =>
              old === undefined
                ? new NotFoundError('nomination', input.id, 'Không tìm thấy hồ sơ đề nghị.')
                : (staleError(nominationFromItem(old), input) ?? conflict('NOMINATION_VERSION_CONFLICT')),
          },
          {
            write: {
              Put: {
                TableName: tableName,
                Item: toAttributes(eventToItem(event)),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            onConditionFailed: () =>
              conflict('AUDIT_EVENT_CONFLICT', { nominationId: input.id, seq: event.seq }),
          },
          ...(input.extras ?? []).map((extra) =>
            extraWrite(extra, { tableName, nominationId: input.id, seq: event.seq, at }),
          ),
        ],
        deps.transact,
      );
      return { nomination: next, event };
    },

    listByUnit: (unitId, page, filter) => list(queries.nominationsByUnit(unitId), page, filter),
    listByOrgAndState: (organisationId, state, page) =>
      list(queries.nominationsByOrgAndState(organisationId, state), page),
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
      return Object.fromEntries(
        Object.entries(item)
          .filter(([name]) => name.startsWith(TALLY_ATTRIBUTE_PREFIX))
          .map(([name, value]) => [name.slice(TALLY_ATTRIBUTE_PREFIX.length), value as number]),
      );
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

/** The conflict a caller's expectation meets against the nomination as it is, if any. */
function staleError(current: Nomination, input: Transition): Error | undefined {
  if (current.version !== input.expectedVersion) {
    return conflict('NOMINATION_VERSION_CONFLICT', {
      nominationId: input.id,
      expectedVersion: input.expectedVersion,
      actualVersion: current.version,
    });
  }
  if (current.state !== input.from) {
    return conflict('NOMINATION_STATE_CONFLICT', {
      nominationId: input.id,
      expectedState: input.from,
      actualState: current.state,
    });
  }
  return undefined;
}
