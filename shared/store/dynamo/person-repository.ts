import { awardIndexKeys, awardKey, ENTITY, personIndexKeys, personKey, queries } from '../keys';
import type { AwardEntry, Person, PersonRepository } from '../ports/registry-repositories';
import type { DynamoRegistryDeps } from './organisation-repository';
import { queryPage } from './query-page';
import { entityFields, getEntity, putNew } from './simple-items';

/**
 * The DynamoDB adapter of {@link PersonRepository}. A person is `PERSON#<id>`/`META`; their award
 * history sits in the same partition (`AWARD#<year>#<code>#<entry>`), so reading it is one strongly
 * consistent query. A collective's history sits likewise under `UNIT#<id>`.
 */
export function makeDynamoPersonRepository({
  client,
  tableName,
  clock,
}: DynamoRegistryDeps): PersonRepository {
  const asPerson = (item: Record<string, unknown>) => entityFields(item) as unknown as Person;
  const asAward = (item: Record<string, unknown>) => entityFields(item) as unknown as AwardEntry;
  return {
    async create(input) {
      const person: Person = { ...input, createdAt: clock.now().toISOString() };
      await putNew(
        client,
        tableName,
        { ...personKey(input.id), type: ENTITY.person, ...personIndexKeys(input), ...person },
        { entity: 'person', id: input.id },
      );
      return person;
    },
    get: async (id) => {
      const item = await getEntity(client, tableName, personKey(id));
      return item === undefined ? undefined : asPerson(item);
    },
    listByUnit: (unitId, page) =>
      queryPage({ client, tableName, spec: queries.personsByUnit(unitId), page, map: asPerson }),

    async recordAward(entry) {
      await putNew(
        client,
        tableName,
        {
          ...awardKey(entry.holder, entry.year, entry.awardCode, entry.entryId),
          type: ENTITY.award,
          ...awardIndexKeys(entry),
          ...entry,
        },
        { entity: 'award', holder: entry.holder, entryId: entry.entryId },
      );
      return entry;
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
