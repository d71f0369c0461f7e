import * as z from 'zod/mini';
import { CAMPAIGN_EDITORS } from '../../app/campaigns/campaign-access';
import { CampaignBodySchema, CampaignListQuerySchema } from '../../app/campaigns/inputs';
import { LIMITS } from '../../domain/forms/limits';
import { TargetReportSchema } from '../../domain/forms/target-report';
import { identifier } from '../../domain/forms/text';
import type { Role } from '../../domain/vocabulary';
import { campaign, campaignPage, campaignProgress, targetReport } from '../answers/campaigns';
import type { Route } from '../route';

/**
 * `defineRoute` that keeps the schemas a row was given as required properties of its type, so a
 * handler sees its parsed `params`, `query` and `body` as defined rather than possibly undefined.
 * Marked free of side effects so that esbuild drops the other rows of this file from a function's
 * bundle (it honours the mark within a file only; schemas built by other modules stay).
 */
const defineRoute = /* @__NO_SIDE_EFFECTS__ */ <T extends Route>(route: T): T => route;

const campaignParams = z.strictObject({ campaignId: identifier(LIMITS.id) });

/** Everyone who takes part in campaigns; the admin manages the directory, not campaigns. */
const CAMPAIGN_READERS: readonly Role[] = [
  'unit_officer',
  'council_secretary',
  'council_member',
  'director',
  'province_officer',
  'province_leader',
];

export const listCampaigns = defineRoute({
  id: 'list-campaigns',
  method: 'GET',
  path: '/campaigns',
  roles: CAMPAIGN_READERS,
  summary: 'Danh sách phong trào thi đua (của cơ quan mình và của tỉnh)',
  idempotent: false,
  ownedResource: false,
  query: CampaignListQuerySchema,
  successStatus: 200,
  response: campaignPage,
});

export const getCampaign = defineRoute({
  id: 'get-campaign',
  method: 'GET',
  path: '/campaigns/{campaignId}',
  roles: CAMPAIGN_READERS,
  summary: 'Thông tin một phong trào thi đua (đợt, chỉ tiêu, hình thức khen thưởng, hạn đề nghị)',
  idempotent: false,
  ownedResource: true,
  params: campaignParams,
  etag: true,
  successStatus: 200,
  response: campaign,
});

export const createCampaign = defineRoute({
  id: 'create-campaign',
  method: 'POST',
  path: '/campaigns',
  roles: CAMPAIGN_EDITORS,
  summary: 'Soạn thảo phong trào thi đua (bản nháp)',
  idempotent: true,
  ownedResource: false,
  body: CampaignBodySchema,
  successStatus: 201,
  response: campaign,
});

export const updateCampaign = defineRoute({
  id: 'update-campaign',
  method: 'PUT',
  path: '/campaigns/{campaignId}',
  roles: CAMPAIGN_EDITORS,
  summary: 'Sửa bản nháp phong trào thi đua',
  idempotent: false,
  ownedResource: true,
  params: campaignParams,
  body: CampaignBodySchema,
  ifMatch: 'required',
  etag: true,
  successStatus: 200,
  response: campaign,
});

export const publishCampaign = defineRoute({
  id: 'publish-campaign',
  method: 'POST',
  path: '/campaigns/{campaignId}/publish',
  roles: CAMPAIGN_EDITORS,
  summary: 'Ban hành phong trào thi đua',
  idempotent: true,
  ownedResource: true,
  params: campaignParams,
  ifMatch: 'optional',
  successStatus: 200,
  response: campaign,
});

/**
 * Progress against the campaign's targets (chỉ tiêu), per unit and for the organisation. The
 * organisation's secretariat, council and director see every unit, a unit officer their own unit
 * and the total, the province every organisation's; anyone else's campaign is 404.
 */
export const getCampaignProgress = defineRoute({
  id: 'get-campaign-progress',
  method: 'GET',
  path: '/campaigns/{campaignId}/progress',
  roles: CAMPAIGN_READERS,
  summary: 'Tiến độ thực hiện chỉ tiêu của phong trào thi đua (theo đơn vị và toàn cơ quan)',
  idempotent: false,
  ownedResource: true,
  params: campaignParams,
  successStatus: 200,
  response: campaignProgress,
});

/**
 * A unit's result on a target no nomination measures, with its evidence: the unit's officer for
 * their unit, the Sở's secretariat for any of its units. Without `If-Match` a first report; with
 * it a new version of the one read.
 */
export const recordTargetReport = defineRoute({
  id: 'record-target-report',
  method: 'PUT',
  path: '/campaigns/{campaignId}/targets/{targetIndex}/report',
  roles: ['unit_officer', 'council_secretary'],
  summary: 'Đơn vị báo cáo kết quả một chỉ tiêu không tính được từ hồ sơ đề nghị (kèm minh chứng)',
  idempotent: false,
  ownedResource: true,
  params: z.strictObject({
    campaignId: identifier(LIMITS.id),
    targetIndex: z.coerce.number().check(z.int(), z.gte(0), z.lt(LIMITS.targets)),
  }),
  body: TargetReportSchema,
  ifMatch: 'optional',
  etag: true,
  successStatus: 200,
  response: targetReport,
  example: {
    body: {
      unitId: 'unit-snv-vp',
      achieved: 2,
      evidence: { title: 'Báo cáo kết quả hưởng ứng phong trào', fileRef: 'units/unit-snv-vp/bao-cao' },
    },
  },
});

/** Routes of this area, in the order the OpenAPI document lists them. */
export const CAMPAIGNS_ROUTES: readonly Route[] = [
  listCampaigns,
  getCampaign,
  getCampaignProgress,
  recordTargetReport,
  createCampaign,
  updateCampaign,
  publishCampaign,
];
