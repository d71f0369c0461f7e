import { campaignIndexKeys, campaignKey, ENTITY, queries } from '../keys';
import type { Campaign, CampaignRepository } from '../ports/registry-repositories';
import type { DynamoRegistryDeps } from './organisation-repository';
import { queryPage } from './query-page';
import { entityFields, getEntity, putNew } from './simple-items';

/** The DynamoDB adapter of {@link CampaignRepository}: `CAMP#<id>`/`META`, listed through GSI1. */
export function makeDynamoCampaignRepository({
  client,
  tableName,
  clock,
}: DynamoRegistryDeps): CampaignRepository {
  const asCampaign = (item: Record<string, unknown>) => entityFields(item) as unknown as Campaign;
  return {
    async create(input) {
      const campaign: Campaign = { ...input, createdAt: clock.now().toISOString() };
      await putNew(
        client,
        tableName,
        { ...campaignKey(input.id), type: ENTITY.campaign, ...campaignIndexKeys(input), ...campaign },
        { entity: 'campaign', id: input.id },
      );
      return campaign;
    },
    get: async (id) => {
      const item = await getEntity(client, tableName, campaignKey(id));
      return item === undefined ? undefined : asCampaign(item);
    },
    listByOrganisation: (organisationId, { year, ...page } = {}) =>
      queryPage({
        client,
        tableName,
        spec: queries.campaignsByOrganisation(organisationId, year),
        page,
        map: asCampaign,
      }),
  };
}
