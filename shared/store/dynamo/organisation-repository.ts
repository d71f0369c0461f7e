import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ENTITY, organisationIndexKeys, organisationKey, queries, unitIndexKeys, unitKey } from '../keys';
import type { Clock } from '../ports/common';
import type { Organisation, OrganisationRepository, Unit, Versioned } from '../ports/registry-repositories';
import { putNewAudited, updateVersionedAudited } from './audited-writes';
import { queryPage } from './query-page';
import { entityFields, getEntity } from './simple-items';
import { versionOf } from './versioned-update';

export interface DynamoRegistryDeps {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly clock: Clock;
}

/** The DynamoDB adapter of {@link OrganisationRepository}: `ORG#<id>`/`META` and `UNIT#<id>`/`META`. */
export function makeDynamoOrganisationRepository({
  client,
  tableName,
  clock,
}: DynamoRegistryDeps): OrganisationRepository {
  const asOrganisation = (item: Record<string, unknown>) =>
    ({ ...entityFields(item), version: versionOf(item) }) as unknown as Versioned<Organisation>;
  const asUnit = (item: Record<string, unknown>) =>
    ({ ...entityFields(item), version: versionOf(item) }) as unknown as Versioned<Unit>;
  return {
    async createOrganisation(input, change) {
      const organisation: Versioned<Organisation> = {
        ...input,
        level: input.level ?? 'department',
        createdAt: clock.now().toISOString(),
        version: 1,
      };
      await putNewAudited(
        client,
        tableName,
        {
          ...organisationKey(input.id),
          type: ENTITY.organisation,
          ...organisationIndexKeys(input.id, organisation.level),
          ...organisation,
        },
        { entity: 'organisation', id: input.id },
        change,
      );
      return organisation;
    },
    getOrganisation: async (id) => {
      const item = await getEntity(client, tableName, organisationKey(id));
      return item === undefined ? undefined : asOrganisation(item);
    },
    listOrganisations: (page) =>
      queryPage({ client, tableName, spec: queries.organisations(), page, map: asOrganisation }),
    listOrganisationsByLevel: (level, page) =>
      queryPage({ client, tableName, spec: queries.organisationsByLevel(level), page, map: asOrganisation }),
    updateOrganisation: async (id, changes, expectedVersion, audit) =>
      asOrganisation(
        await updateVersionedAudited(
          client,
          tableName,
          {
            key: organisationKey(id),
            set: changes,
            expectedVersion,
            updatedAt: audit?.change.at ?? clock.now().toISOString(),
            entity: 'organisation',
            id,
          },
          (audit?.before ?? {}) as Readonly<Record<string, unknown>>,
          audit?.change,
        ),
      ),

    async createUnit(input, change) {
      const unit: Versioned<Unit> = { ...input, createdAt: clock.now().toISOString(), version: 1 };
      await putNewAudited(
        client,
        tableName,
        { ...unitKey(input.id), type: ENTITY.unit, ...unitIndexKeys(input), ...unit },
        { entity: 'unit', id: input.id },
        change,
      );
      return unit;
    },
    getUnit: async (id) => {
      const item = await getEntity(client, tableName, unitKey(id));
      return item === undefined ? undefined : asUnit(item);
    },
    listUnits: (organisationId, page) =>
      queryPage({ client, tableName, spec: queries.unitsByOrganisation(organisationId), page, map: asUnit }),
    updateUnit: async (id, changes, expectedVersion, audit) =>
      asUnit(
        await updateVersionedAudited(
          client,
          tableName,
          {
            key: unitKey(id),
            set: changes,
            expectedVersion,
            updatedAt: audit?.change.at ?? clock.now().toISOString(),
            entity: 'unit',
            id,
          },
          (audit?.before ?? {}) as Readonly<Record<string, unknown>>,
          audit?.change,
        ),
      ),
  };
}
