import { ConditionalCheckFailedException, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { ConflictError, NotFoundError } from '../../domain/errors';
import { accountLinkKey, ENTITY, personIndexKeys, personKey, queries } from '../keys';
import { reversedNameKey } from '../person-name-key';
import type { AwardEntry, Person, PersonRepository, Versioned } from '../ports/registry-repositories';
import { putNewAudited, updateVersionedAudited } from './audited-writes';
import { awardCorrectionWrites } from './award-correction';
import { awardItem, awardRevocationUpdate } from './award-item';
import { changeLogWrite } from './change-log';
import { fromAttributes, toAttributes } from './codec';
import type { DynamoRegistryDeps } from './organisation-repository';
import { queryPage } from './query-page';
import { entityFields, getEntity } from './simple-items';
import { type GuardedWrite, transactWrite } from './transact';
import { versionedUpdateWrite, versionOf } from './versioned-update';

/** An imported entry that exists already (its place in the transaction), to be left out. */
class AwardExistsError extends Error {
  constructor(readonly index: number) {
    super('award entry exists');
  }
}

/**
 * The DynamoDB adapter of {@link PersonRepository}. A person is `PERSON#<id>`/`META`; their award
 * history sits in the same partition (`AWARD#<year>#<code>#<entry>`), so reading it is one strongly
 * consistent query. A collective's history sits likewise under `UNIT#<id>`. Name search reads the
 * two name indexes of the person's organisation (GSI2 as written, GSI3 reversed).
 */
export function makeDynamoPersonRepository({
  client,
  tableName,
  clock,
}: DynamoRegistryDeps): PersonRepository {
  const asPerson = (item: Record<string, unknown>) =>
    ({ ...entityFields(item), version: versionOf(item) }) as unknown as Versioned<Person>;
  const asAward = (item: Record<string, unknown>) => entityFields(item) as unknown as AwardEntry;
  return {
    async create(input, change) {
      const person: Versioned<Person> = {
        ...input,
        createdAt: change?.at ?? clock.now().toISOString(),
        version: 1,
      };
      await putNewAudited(
        client,
        tableName,
        { ...personKey(input.id), type: ENTITY.person, ...personIndexKeys(input), ...person },
        { entity: 'person', id: input.id },
        change,
      );
      return person;
    },
    async importPersons(people, change) {
      for (let start = 0, part = 1; start < people.length; start += 99, part++) {
        const chunk = people.slice(start, start + 99);
        const at = change(chunk, part).at;
        await transactWrite(client, [
          ...chunk.map((input) => ({
            write: {
              Put: {
                TableName: tableName,
                Item: toAttributes({
                  ...personKey(input.id),
                  type: ENTITY.person,
                  ...personIndexKeys(input),
                  ...input,
                  createdAt: at,
                  version: 1,
                }),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            onConditionFailed: () =>
              new ConflictError('ALREADY_EXISTS', 'Dữ liệu với mã này đã tồn tại.', { personId: input.id }),
          })),
          changeLogWrite(tableName, change(chunk, part)),
        ]);
      }
      return people.length;
    },
    get: async (id) => {
      const item = await getEntity(client, tableName, personKey(id));
      return item === undefined ? undefined : asPerson(item);
    },
    listByUnit: (unitId, page) =>
      queryPage({ client, tableName, spec: queries.personsByUnit(unitId), page, map: asPerson }),
    async update(current, changes, expectedVersion, change) {
      const next = { ...current, ...changes };
      return asPerson(
        await updateVersionedAudited(
          client,
          tableName,
          {
            key: personKey(current.id),
            set: { ...changes, ...personIndexKeys(next) },
            expectedVersion,
            updatedAt: change?.at ?? clock.now().toISOString(),
            entity: 'person',
            id: current.id,
          },
          current as unknown as Record<string, unknown>,
          change,
        ),
      );
    },
    async linkAccount(current, userId, expectedVersion, change) {
      const writes: GuardedWrite[] = [
        versionedUpdateWrite(tableName, {
          key: personKey(current.id),
          set: { userId: userId ?? undefined },
          expectedVersion,
          updatedAt: change.at,
          entity: 'person',
          id: current.id,
        }),
      ];
      if (current.userId && current.userId !== userId) {
        writes.push({
          write: {
            Delete: {
              TableName: tableName,
              Key: toAttributes({ ...accountLinkKey(current.userId) }),
              ConditionExpression: 'attribute_not_exists(PK) OR personId = :pid',
              ExpressionAttributeValues: toAttributes({ ':pid': current.id }),
            },
          },
        });
      }
      if (userId && userId !== current.userId) {
        writes.push({
          write: {
            Put: {
              TableName: tableName,
              Item: toAttributes({
                ...accountLinkKey(userId),
                type: ENTITY.accountLink,
                userId,
                personId: current.id,
                organisationId: current.organisationId,
              }),
              ConditionExpression: 'attribute_not_exists(PK)',
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            },
          },
          onConditionFailed: (old) =>
            new ConflictError(
              'ACCOUNT_ALREADY_LINKED',
              'Tài khoản này đã gắn với một cán bộ khác; hãy bỏ liên kết ở hồ sơ cán bộ đó trước.',
              { userId, personId: old?.personId },
            ),
        });
      }
      writes.push(changeLogWrite(tableName, change));
      await transactWrite(client, writes);
      const { userId: _old, ...rest } = current;
      return {
        ...rest,
        ...(userId ? { userId } : {}),
        version: expectedVersion + 1,
        updatedAt: change.at,
      } as Versioned<Person>;
    },
    async personOfAccount(userId) {
      const item = await getEntity(client, tableName, accountLinkKey(userId));
      return typeof item?.personId === 'string' ? item.personId : undefined;
    },
    async searchByName(organisationId, name, limit) {
      const [asWritten, fromGivenName] = await Promise.all([
        queryPage({
          client,
          tableName,
          spec: queries.personsByName(organisationId, name),
          page: { limit },
          map: asPerson,
        }),
        queryPage({
          client,
          tableName,
          spec: queries.personsByGivenName(organisationId, name),
          page: { limit },
          map: asPerson,
        }),
      ]);
      const byId = new Map<string, Versioned<Person>>();
      for (const person of [...fromGivenName.items, ...asWritten.items]) byId.set(person.id, person);
      return [...byId.values()]
        .sort((a, b) => reversedNameKey(a.fullName).localeCompare(reversedNameKey(b.fullName)))
        .slice(0, limit);
    },

    async recordAward(entry, change) {
      await putNewAudited(
        client,
        tableName,
        awardItem(entry),
        { entity: 'award', holder: entry.holder, entryId: entry.entryId },
        change,
      );
      return entry;
    },
    async markAwardRevoked({ holder, year, awardCode, entryId, revokedBy }) {
      try {
        await client.send(
          new UpdateItemCommand({
            ...awardRevocationUpdate(tableName, { holder, year, awardCode, entryId, revokedBy }),
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        if (error.Item === undefined)
          throw new NotFoundError('award', entryId, 'Không tìm thấy khen thưởng trong lịch sử.');
        throw new ConflictError(
          'AWARD_ALREADY_REVOKED',
          'Khen thưởng này đã bị hủy bỏ bởi quyết định khác.',
          {
            revokedBy: fromAttributes(error.Item).revokedBy,
          },
        );
      }
    },
    async importAwards(entries, change) {
      const written: AwardEntry[] = [];
      // 99 entries and their change-log entry: DynamoDB's 100 actions a transaction.
      for (let start = 0, part = 1; start < entries.length; start += 99, part++) {
        let chunk = entries.slice(start, start + 99);
        for (let attempt = 0; chunk.length > 0; attempt++) {
          try {
            await transactWrite(client, [
              ...chunk.map((entry, index) => ({
                write: {
                  Put: {
                    TableName: tableName,
                    Item: toAttributes(awardItem(entry)),
                    ConditionExpression: 'attribute_not_exists(PK)',
                  },
                },
                onConditionFailed: () => new AwardExistsError(index),
              })),
              changeLogWrite(tableName, change(chunk, part)),
            ]);
            written.push(...chunk);
            break;
          } catch (error) {
            // Someone entered one of these meanwhile: leave it, write the rest with their record.
            if (!(error instanceof AwardExistsError) || attempt > chunk.length) throw error;
            chunk = chunk.filter((_, i) => i !== error.index);
          }
        }
      }
      return written;
    },
    async correctAward(current, corrected, expectedVersion, change) {
      const { writes, stored } = awardCorrectionWrites(
        tableName,
        current,
        corrected,
        expectedVersion,
        change,
      );
      await transactWrite(client, writes);
      return stored;
    },
    listAwardHistory: (holder, page) =>
      queryPage({
        client,
        tableName,
        spec: queries.awardHistory(holder),
        page,
        consistent: true,
        map: asAward,
      }),
    listAwardsByUnitAndYear: (unitId, year, { awardCode, ...page } = {}) =>
      queryPage({
        client,
        tableName,
        spec: queries.awardsByUnitAndYear(unitId, year, awardCode),
        page,
        map: asAward,
      }),
  };
}
