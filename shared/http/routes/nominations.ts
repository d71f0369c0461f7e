import * as z from 'zod/mini';
import { NominationListSchema } from '../../app/nominations/nomination-list-inputs';
import { NominationDraftSchema } from '../../domain/forms/nomination-draft';
import {
  draftAnswer,
  listPreview,
  listSent,
  nominationDetail,
  nominationPage,
  nominationView,
  publicNotice,
} from '../answers/nominations';
import type { Route } from '../route';
import {
  EXAMPLE_DRAFT,
  EXAMPLE_RESUBMIT,
  NOMINATION_VIEWERS,
  NoBody,
  NominationIdParams,
  OrganisationIdParams,
  PageQuery,
  ProvinceQueueQuery,
  PublicNoticeQuery,
  ReasonBody,
  ResubmitBody,
  UnitNominationsQuery,
} from './nomination-schemas';

/**
 * `defineRoute` marked free of side effects, so that esbuild drops the other rows of this file from
 * a function's bundle (it honours the mark within a file only), and with them the schemas only they
 * use (the draft's, for one).
 */
const defineRoute = /* @__NO_SIDE_EFFECTS__ */ <T extends Route>(route: T): T => route;

export const createNominationDraft = defineRoute({
  id: 'create-nomination-draft',
  method: 'POST',
  path: '/nominations',
  roles: ['unit_officer'],
  summary: 'Tạo bản nháp đề nghị khen thưởng (kèm kết quả kiểm tra điều kiện)',
  idempotent: true,
  ownedResource: false,
  body: NominationDraftSchema,
  successStatus: 201,
  response: draftAnswer,
  example: { body: EXAMPLE_DRAFT },
});

const EXAMPLE_LIST = {
  year: 2026,
  campaignId: 'camp-snv-2026',
  documents: EXAMPLE_DRAFT.dossier,
  rows: [{ personId: 'person-snv-04', awardCode: 'LDTT', taskRating: 'HTTNV' }],
};

/** The unit's list checked before sending: every row's rules with citations and the quota left. */
export const previewNominationList = defineRoute({
  id: 'preview-nomination-list',
  method: 'POST',
  path: '/nomination-lists/preview',
  roles: ['unit_officer'],
  summary: 'Kiểm tra danh sách đề nghị của đơn vị: điều kiện từng người (kèm căn cứ) và chỉ tiêu còn lại',
  idempotent: false,
  ownedResource: false,
  body: NominationListSchema,
  successStatus: 200,
  response: listPreview,
  example: { body: EXAMPLE_LIST },
});

/** Sends the unit's list with its tờ trình: each row becomes its own nomination, submitted. */
export const submitNominationList = defineRoute({
  id: 'submit-nomination-list',
  method: 'POST',
  path: '/nomination-lists',
  roles: ['unit_officer'],
  summary: 'Gửi danh sách đề nghị của đơn vị (một tờ trình, nhiều người): mỗi người một hồ sơ',
  idempotent: true,
  ownedResource: false,
  body: NominationListSchema,
  successStatus: 201,
  response: listSent,
  example: { body: EXAMPLE_LIST },
});

export const updateNominationDraft = defineRoute({
  id: 'update-nomination-draft',
  method: 'PUT',
  path: '/nominations/{id}',
  roles: ['unit_officer'],
  summary: 'Sửa bản nháp đề nghị khen thưởng (If-Match: phiên bản đã đọc)',
  idempotent: false,
  ownedResource: true,
  params: NominationIdParams,
  body: NominationDraftSchema,
  ifMatch: 'required',
  etag: true,
  successStatus: 200,
  response: draftAnswer,
  example: { body: EXAMPLE_DRAFT },
});

export const getNomination = defineRoute({
  id: 'get-nomination',
  method: 'GET',
  path: '/nominations/{id}',
  roles: NOMINATION_VIEWERS,
  summary: 'Xem đề nghị khen thưởng với toàn bộ quá trình xử lý (ETag: phiên bản)',
  idempotent: false,
  ownedResource: true,
  params: NominationIdParams,
  etag: true,
  successStatus: 200,
  response: nominationDetail,
});

export const listUnitNominations = defineRoute({
  id: 'list-unit-nominations',
  method: 'GET',
  path: '/nominations',
  roles: ['unit_officer'],
  summary: 'Danh sách đề nghị của đơn vị (lọc theo trạng thái, phong trào, năm)',
  idempotent: false,
  ownedResource: false,
  query: UnitNominationsQuery,
  successStatus: 200,
  response: nominationPage,
  example: { query: { year: '2026' } },
});

const action = (id: string, verb: string, summary: string) =>
  defineRoute({
    id,
    method: 'POST',
    path: `/nominations/{id}/${verb}`,
    roles: ['unit_officer'],
    summary,
    idempotent: true,
    ownedResource: true,
    params: NominationIdParams,
    body: NoBody,
    ifMatch: 'optional',
    successStatus: 200,
    response: nominationView,
  });

export const submitNomination = action(
  'submit-nomination',
  'submit',
  'Gửi đề nghị lên Hội đồng TĐKT Sở (kiểm tra lại điều kiện, chỉ tiêu, sáng kiến)',
);
export const discardNominationDraft = action('discard-nomination-draft', 'discard', 'Hủy bản nháp');

export const withdrawNomination = defineRoute({
  id: 'withdraw-nomination',
  method: 'POST',
  path: '/nominations/{id}/withdraw',
  roles: ['unit_officer'],
  summary: 'Rút đề nghị (nêu lý do)',
  idempotent: true,
  ownedResource: true,
  params: NominationIdParams,
  body: ReasonBody,
  ifMatch: 'optional',
  successStatus: 200,
  response: nominationView,
  example: { body: { reason: 'Cá nhân chuyển công tác.' } },
});

export const resubmitNomination = defineRoute({
  id: 'resubmit-nomination',
  method: 'POST',
  path: '/nominations/{id}/resubmit',
  roles: ['unit_officer'],
  summary: 'Gửi lại đề nghị đã bổ sung hồ sơ',
  idempotent: true,
  ownedResource: true,
  params: NominationIdParams,
  body: ResubmitBody,
  ifMatch: 'optional',
  successStatus: 200,
  response: nominationView,
  example: { body: EXAMPLE_RESUBMIT },
});

const queue = /* @__NO_SIDE_EFFECTS__ */ <S extends readonly [string, ...string[]]>(states: S) =>
  z.strictObject({ state: z.optional(z.enum(states)), ...PageQuery });

export const listSecretariatQueue = defineRoute({
  id: 'list-secretariat-queue',
  method: 'GET',
  path: '/queues/secretariat',
  roles: ['council_secretary', 'director'],
  summary: 'Hàng chờ của thường trực Hội đồng TĐKT Sở (mặc định: đề nghị mới gửi)',
  idempotent: false,
  ownedResource: false,
  query: queue(['submitted', 'returned', 'accepted', 'province_returned']),
  successStatus: 200,
  response: nominationPage,
});

export const listCouncilQueue = defineRoute({
  id: 'list-council-queue',
  method: 'GET',
  path: '/queues/council',
  roles: ['council_member', 'council_secretary', 'director'],
  summary: 'Hàng chờ của Hội đồng TĐKT Sở (mặc định: đang bỏ phiếu)',
  idempotent: false,
  ownedResource: false,
  query: queue(['in_council', 'accepted', 'council_passed', 'council_failed']),
  successStatus: 200,
  response: nominationPage,
});

export const listProvinceQueue = defineRoute({
  id: 'list-province-queue',
  method: 'GET',
  path: '/queues/province',
  roles: ['province_officer', 'province_leader'],
  summary: 'Hàng chờ của tỉnh theo từng Sở: chỉ đề nghị đã được Sở trình (mặc định: mới trình)',
  idempotent: false,
  ownedResource: false,
  query: ProvinceQueueQuery,
  successStatus: 200,
  response: nominationPage,
  example: { query: { organisationId: 'org-snv' } },
});

/**
 * The public notice (công khai danh sách) before the council meets: every nomination of the
 * organisation the secretariat accepted and still proposed, public fields only. Every role of the
 * Sở reads it (unit officers of any of its units too) and the province; the admin's work is the
 * directory, not the dossiers.
 */
export const getPublicNotice = defineRoute({
  id: 'get-public-notice',
  method: 'GET',
  path: '/organisations/{organisationId}/public-notice',
  roles: NOMINATION_VIEWERS,
  summary: 'Danh sách công khai các đề nghị khen thưởng của cơ quan (chỉ thông tin được công khai)',
  idempotent: false,
  ownedResource: true,
  params: OrganisationIdParams,
  query: PublicNoticeQuery,
  successStatus: 200,
  response: publicNotice,
  example: { query: { year: '2026' } },
});

/** Routes of this area, in the order the OpenAPI document lists them. */
export const NOMINATIONS_ROUTES: readonly Route[] = [
  createNominationDraft,
  previewNominationList,
  submitNominationList,
  listUnitNominations,
  getNomination,
  updateNominationDraft,
  submitNomination,
  resubmitNomination,
  withdrawNomination,
  discardNominationDraft,
  listSecretariatQueue,
  listCouncilQueue,
  listProvinceQueue,
  getPublicNotice,
];
