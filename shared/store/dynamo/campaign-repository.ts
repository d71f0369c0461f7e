import { campaignIndexKeys, campaignKey, ENTITY, queries } from '../keys';
import type { CampaignRepository, StoredCampaign } from '../ports/registry-repositories';
import type { DynamoRegistryDeps } from './organisation-repository';
import { queryPage } from './query-page';
import { entityFields, getEntity, putNew } from './simple-items';
import { updateVersioned, versionOf } from './versioned-update';

/**
 * The DynamoDB adapter of {@link CampaignRepository}: `CAMP#<id>`/`META`, listed through GSI1
 * (every status) and GSI2 (by status). Updates are guarded by version and by `status = draft`.
 */
export function makeDynamoCampaignRepository({
  client,
  tableName,
  clock,
}: DynamoRegistryDeps): CampaignRepository {
  const asCampaign = (item: Record<string, unknown>) =>
    ({
      ...entityFields(item),
      // Campaigns stored before drafts existed were launched documents: published.
      status: item.status ?? 'published',
      version: versionOf(item),
    }) as unknown as StoredCampaign;
  return {
    async create(input) {
      const campaign: StoredCampaign = {
        ...input,
        status: input.status ?? 'draft',
        createdAt: clock.now().toISOString(),
        version: 1,
      };
      await putNew(
        client,
        tableName,
        { ...campaignKey(input.id), type: ENTITY.campaign, ...campaignIndexKeys(campaign), ...campaign },
        { entity: 'campaign', id: input.id },
      );
      return campaign;
    },
    get: async (id) => {
      const item = await getEntity(client, tableName, campaignKey(id));
      return item === undefined ? undefined : asCampaign(item);
    },
    listByOrganisation: (organisationId, { year, status, ...page } = {}) =>
      queryPage({
        client,
        tableName,
        spec:
          status === undefined
            ? queries.campaignsByOrganisation(organisationId, year)
            : queries.campaignsByOrganisationAndStatus(organisationId, status, year),
        page,
        map: asCampaign,
      }),
    async updateDraft(current, changes, expectedVersion) {
      const next = { ...current, ...changes };
      return asCampaign(
        await updateVersioned(client, tableName, {
          key: campaignKey(current.id),
          set: { ...changes, ...campaignIndexKeys(next) },
          expectedVersion,
          guard: {
            attribute: 'status',
            equals: 'draft',
            code: 'CAMPAIGN_NOT_DRAFT',
            message: 'Phong trào đã được ban hành; không thể sửa hoặc ban hành lại.',
          },
          updatedAt: clock.now().toISOString(),
          entity: 'campaign',
          id: current.id,
        }),
      );
    },
  };
}
