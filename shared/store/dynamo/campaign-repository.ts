import { allPages } from '../all-pages';
import { campaignIndexKeys, campaignKey, ENTITY, queries, targetReportKey } from '../keys';
import type { CampaignRepository, StoredCampaign, TargetReportRecord } from '../ports/registry-repositories';
import { putNewAudited, updateVersionedAudited } from './audited-writes';
import type { DynamoRegistryDeps } from './organisation-repository';
import { queryPage } from './query-page';
import { entityFields, getEntity } from './simple-items';
import { versionOf } from './versioned-update';

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
    async create(input, change) {
      const campaign: StoredCampaign = {
        ...input,
        status: input.status ?? 'draft',
        createdAt: clock.now().toISOString(),
        version: 1,
      };
      await putNewAudited(
        client,
        tableName,
        { ...campaignKey(input.id), type: ENTITY.campaign, ...campaignIndexKeys(campaign), ...campaign },
        { entity: 'campaign', id: input.id },
        change,
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
    async saveTargetReport(report, expectedVersion, change) {
      const key = targetReportKey(report.campaignId, report.targetIndex, report.unitId);
      const details = { entity: 'target_report', id: change.entityId };
      if (expectedVersion === undefined) {
        await putNewAudited(
          client,
          tableName,
          { ...key, type: ENTITY.targetReport, ...report, version: 1 },
          details,
          change,
        );
        return { ...report, version: 1 };
      }
      const { campaignId: _c, targetIndex: _t, unitId: _u, ...fields } = report;
      const next = await updateVersionedAudited(
        client,
        tableName,
        {
          key,
          set: { ...fields, note: report.note, population: report.population },
          expectedVersion,
          updatedAt: report.recordedAt,
          entity: 'target_report',
          id: change.entityId,
        },
        report,
        change,
      );
      return next as unknown as TargetReportRecord;
    },
    getTargetReport: async (campaignId, targetIndex, unitId) => {
      const item = await getEntity(client, tableName, targetReportKey(campaignId, targetIndex, unitId));
      return item === undefined
        ? undefined
        : ({ ...item, version: versionOf(item) } as unknown as TargetReportRecord);
    },
    listTargetReports: (campaignId) =>
      allPages((page) =>
        queryPage({
          client,
          tableName,
          spec: queries.targetReportsOfCampaign(campaignId),
          page,
          consistent: true,
          map: (item) =>
            ({ ...entityFields(item), version: versionOf(item) }) as unknown as TargetReportRecord,
        }),
      ),
    async updateDraft(current, changes, expectedVersion, change) {
      const next = { ...current, ...changes };
      const update = {
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
      };
      return asCampaign(await updateVersionedAudited(client, tableName, update, { ...current }, change));
    },
  };
}
