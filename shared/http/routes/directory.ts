import * as z from 'zod/mini';
import {
  AwardCorrectionSchema,
  AwardRecordSchema,
  NewOrganisationSchema,
  NewPersonSchema,
  NewUnitSchema,
  OrganisationChangesSchema,
  PageQuerySchema,
  PersonChangesSchema,
  PersonSearchSchema,
  UnitChangesSchema,
} from '../../app/directory/inputs';
import { AwardHistoryImportSchema } from '../../app/imports/award-history-inputs';
import { StaffImportSchema } from '../../app/imports/staff-inputs';
import { NewUserSchema, UserRolesSchema } from '../../app/users/inputs';
import { LIMITS } from '../../domain/forms/limits';
import { identifier, multiLineText } from '../../domain/forms/text';
import { ROLES } from '../../domain/vocabulary';
import { CHANGE_LOG_ENTITIES } from '../../store/ports/change-log';
import {
  awardEntry,
  awardHistoryPreview,
  collectiveWithHistory,
  importResult,
  organisation,
  organisationPage,
  person,
  personWithHistory,
  publicPersonPage,
  registryChangePage,
  staffPreview,
  unit,
  unitPage,
  user,
  userPage,
} from '../answers/directory';
import type { Route } from '../route';

/**
 * `defineRoute` that keeps the schemas a row was given as required properties of its type, so a
 * handler sees its parsed `params`, `query` and `body` as defined rather than possibly undefined.
 * Marked free of side effects so that esbuild drops the other rows of this file from a function's
 * bundle (it honours the mark within a file only; schemas built by other modules stay).
 */
const defineRoute = /* @__NO_SIDE_EFFECTS__ */ <T extends Route>(route: T): T => route;

const organisationParams = z.strictObject({ organisationId: identifier(LIMITS.id) });
const unitParams = z.strictObject({ unitId: identifier(LIMITS.id) });
const personParams = z.strictObject({ personId: identifier(LIMITS.id) });
/** An entry of a history: `<year>-<award>-<entry>` (`2025-CSTDCS-dec-2025-09-qd-snv`). */
const awardRef = identifier(LIMITS.id + LIMITS.documentNumber * 2);
const personAwardParams = z.strictObject({ personId: identifier(LIMITS.id), ref: awardRef });
const unitAwardParams = z.strictObject({ unitId: identifier(LIMITS.id), ref: awardRef });
/** Who keeps award histories: the admin, the Sở's secretariat (its own), the Ban TĐKT tỉnh. */
const HISTORY_KEEPERS = ['admin', 'council_secretary', 'province_officer'] as const;
/** Cognito `sub`s are UUIDs. */
const userParams = z.strictObject({ userId: z.uuid() });

// ── Organisations and units ───────────────────────────────────────────────────────────────────

/** The organisations the caller may see: all for the admin and the province, else own + province's. */
export const listOrganisations = defineRoute({
  id: 'list-organisations',
  method: 'GET',
  path: '/organisations',
  roles: ROLES,
  summary: 'Danh sách cơ quan (Sở, ban, ngành)',
  idempotent: false,
  ownedResource: false,
  query: PageQuerySchema,
  successStatus: 200,
  response: organisationPage,
});

export const getOrganisation = defineRoute({
  id: 'get-organisation',
  method: 'GET',
  path: '/organisations/{organisationId}',
  roles: ROLES,
  summary: 'Thông tin một cơ quan',
  idempotent: false,
  ownedResource: true,
  params: organisationParams,
  etag: true,
  successStatus: 200,
  response: organisation,
});

export const createOrganisation = defineRoute({
  id: 'create-organisation',
  method: 'POST',
  path: '/organisations',
  roles: ['admin'],
  summary: 'Thêm cơ quan',
  idempotent: true,
  ownedResource: false,
  body: NewOrganisationSchema,
  successStatus: 201,
  response: organisation,
});

export const updateOrganisation = defineRoute({
  id: 'update-organisation',
  method: 'PATCH',
  path: '/organisations/{organisationId}',
  roles: ['admin'],
  summary: 'Sửa tên, mã, địa chỉ thư nhận thông báo của cơ quan',
  idempotent: false,
  ownedResource: true,
  params: organisationParams,
  body: OrganisationChangesSchema,
  ifMatch: 'required',
  etag: true,
  successStatus: 200,
  response: organisation,
});

export const listUnits = defineRoute({
  id: 'list-units',
  method: 'GET',
  path: '/organisations/{organisationId}/units',
  roles: ROLES,
  summary: 'Danh sách phòng, ban, đơn vị của một cơ quan',
  idempotent: false,
  ownedResource: true,
  params: organisationParams,
  query: PageQuerySchema,
  successStatus: 200,
  response: unitPage,
});

export const createUnit = defineRoute({
  id: 'create-unit',
  method: 'POST',
  path: '/organisations/{organisationId}/units',
  roles: ['admin'],
  summary: 'Thêm phòng, ban, đơn vị',
  idempotent: true,
  ownedResource: true,
  params: organisationParams,
  body: NewUnitSchema,
  successStatus: 201,
  response: unit,
});

export const getUnit = defineRoute({
  id: 'get-unit',
  method: 'GET',
  path: '/units/{unitId}',
  roles: ROLES,
  summary: 'Thông tin một phòng, ban, đơn vị',
  idempotent: false,
  ownedResource: true,
  params: unitParams,
  etag: true,
  successStatus: 200,
  response: unit,
});

export const updateUnit = defineRoute({
  id: 'update-unit',
  method: 'PATCH',
  path: '/units/{unitId}',
  roles: ['admin'],
  summary: 'Sửa tên, địa chỉ thư nhận thông báo của phòng, ban, đơn vị',
  idempotent: false,
  ownedResource: true,
  params: unitParams,
  body: UnitChangesSchema,
  ifMatch: 'required',
  etag: true,
  successStatus: 200,
  response: unit,
});

// ── People and their award history ────────────────────────────────────────────────────────────

/** Roles that read people: a unit's officers (own unit), the Sở, the province, the admin. */
const PERSON_READERS = ROLES;

export const listPersons = defineRoute({
  id: 'list-persons',
  method: 'GET',
  path: '/units/{unitId}/persons',
  roles: PERSON_READERS,
  summary: 'Danh sách cá nhân của một đơn vị (họ tên, chức vụ, đơn vị)',
  idempotent: false,
  ownedResource: true,
  params: unitParams,
  query: PageQuerySchema,
  successStatus: 200,
  response: publicPersonPage,
});

export const searchPersons = defineRoute({
  id: 'search-persons',
  method: 'GET',
  path: '/persons',
  roles: PERSON_READERS,
  summary: 'Tìm cá nhân theo họ tên (không phân biệt dấu, hoa thường)',
  idempotent: false,
  ownedResource: false,
  query: PersonSearchSchema,
  successStatus: 200,
  response: publicPersonPage,
});

export const createPerson = defineRoute({
  id: 'create-person',
  method: 'POST',
  path: '/units/{unitId}/persons',
  roles: ['unit_officer', 'admin'],
  summary: 'Thêm cá nhân vào đơn vị',
  idempotent: true,
  ownedResource: true,
  params: unitParams,
  body: NewPersonSchema,
  successStatus: 201,
  response: person,
});

export const getPerson = defineRoute({
  id: 'get-person',
  method: 'GET',
  path: '/persons/{personId}',
  roles: PERSON_READERS,
  summary: 'Thông tin cá nhân và quá trình khen thưởng',
  idempotent: false,
  ownedResource: true,
  params: personParams,
  etag: true,
  successStatus: 200,
  response: personWithHistory,
});

export const updatePerson = defineRoute({
  id: 'update-person',
  method: 'PATCH',
  path: '/persons/{personId}',
  roles: ['unit_officer', 'admin'],
  summary: 'Sửa thông tin cá nhân',
  idempotent: false,
  ownedResource: true,
  params: personParams,
  body: PersonChangesSchema,
  ifMatch: 'required',
  etag: true,
  successStatus: 200,
  response: person,
});

export const recordPersonAward = defineRoute({
  id: 'record-person-award',
  method: 'POST',
  path: '/persons/{personId}/awards',
  roles: [...HISTORY_KEEPERS],
  summary: 'Ghi nhận một khen thưởng đã có vào quá trình khen thưởng của cá nhân',
  idempotent: true,
  ownedResource: true,
  params: personParams,
  body: AwardRecordSchema,
  successStatus: 201,
  response: awardEntry,
});

/** Links the staff record to the user account its person signs in with (`null` unlinks). */
export const linkPersonAccount = defineRoute({
  id: 'link-person-account',
  method: 'PUT',
  path: '/persons/{personId}/account',
  roles: ['admin'],
  summary: 'Gắn (hoặc bỏ gắn) hồ sơ cán bộ với tài khoản đăng nhập của người đó',
  idempotent: false,
  ownedResource: true,
  params: personParams,
  body: z.strictObject({ userId: z.nullable(z.uuid()) }),
  ifMatch: 'required',
  etag: true,
  successStatus: 200,
  response: person,
});

/** Corrects an entry entered by hand; entries of the system's own decisions are revoked instead. */
export const correctPersonAward = defineRoute({
  id: 'correct-person-award',
  method: 'PATCH',
  path: '/persons/{personId}/awards/{ref}',
  roles: [...HISTORY_KEEPERS],
  summary: 'Sửa một khen thưởng đã ghi tay trong quá trình khen thưởng của cá nhân (có lý do)',
  idempotent: false,
  ownedResource: true,
  params: personAwardParams,
  body: AwardCorrectionSchema,
  ifMatch: 'required',
  etag: true,
  successStatus: 200,
  response: awardEntry,
});

// ── Award history imported from spreadsheets ──────────────────────────────────────────────────

/**
 * Spreadsheets come as rows of cells (read in the browser) or as the .xlsx in base64 (4 MB of
 * file, `IMPORT_LIMITS`): their own limit, not the forms', just under the 6 MB a Lambda request
 * may carry.
 */
const IMPORT_BODY_BYTES = 5_900_000;

/** Every row's result (person or collective found, award, decision, already there), nothing written. */
export const previewAwardHistoryImport = defineRoute({
  id: 'preview-award-history-import',
  method: 'POST',
  path: '/organisations/{organisationId}/award-history-imports/preview',
  roles: [...HISTORY_KEEPERS, 'unit_officer'],
  summary: 'Kiểm tra tệp quá trình khen thưởng trước khi nhập: kết quả từng dòng, chưa ghi gì',
  idempotent: false,
  ownedResource: true,
  params: organisationParams,
  body: AwardHistoryImportSchema,
  maxBodyBytes: IMPORT_BODY_BYTES,
  successStatus: 200,
  response: awardHistoryPreview,
  example: {
    body: {
      fileName: 'qua-trinh-khen-thuong.xlsx',
      header: [
        'Họ và tên',
        'Phòng, ban, đơn vị',
        'Năm thành tích',
        'Danh hiệu',
        'Số quyết định',
        'Ngày quyết định',
      ],
      rows: [['Nguyễn Thị Hoa', 'Văn phòng Sở', 2023, 'Lao động tiên tiến', '12/QĐ-SNV', '20/12/2023']],
    },
  },
});

/** Writes the new rows of a checked file, with the import's record; rows already there are left. */
export const importAwardHistory = defineRoute({
  id: 'import-award-history',
  method: 'POST',
  path: '/organisations/{organisationId}/award-history-imports',
  roles: [...HISTORY_KEEPERS, 'unit_officer'],
  summary: 'Nhập quá trình khen thưởng từ tệp đã kiểm tra (dòng đã có được giữ nguyên)',
  idempotent: true,
  ownedResource: true,
  params: organisationParams,
  body: AwardHistoryImportSchema,
  maxBodyBytes: IMPORT_BODY_BYTES,
  successStatus: 201,
  response: importResult,
  example: {
    body: {
      fileName: 'qua-trinh-khen-thuong.xlsx',
      header: [
        'Họ và tên',
        'Phòng, ban, đơn vị',
        'Năm thành tích',
        'Danh hiệu',
        'Số quyết định',
        'Ngày quyết định',
      ],
      rows: [['Nguyễn Thị Hoa', 'Văn phòng Sở', 2023, 'Lao động tiên tiến', '12/QĐ-SNV', '20/12/2023']],
      skipInvalid: true,
    },
  },
});

const STAFF_EXAMPLE = {
  fileName: 'can-bo.xlsx',
  header: ['Họ và tên', 'Phòng, ban, đơn vị', 'Chức vụ', 'Giới tính'],
  rows: [['Lê Văn Mới', 'Văn phòng Sở', 'Chuyên viên', 'Nam']],
};

/** A staff list checked row by row (new, already in the unit by name, error); nothing written. */
export const previewStaffImport = defineRoute({
  id: 'preview-staff-import',
  method: 'POST',
  path: '/organisations/{organisationId}/staff-imports/preview',
  roles: ['admin', 'unit_officer'],
  summary: 'Kiểm tra tệp danh sách cán bộ trước khi nhập: kết quả từng dòng, chưa ghi gì',
  idempotent: false,
  ownedResource: true,
  params: organisationParams,
  body: StaffImportSchema,
  maxBodyBytes: IMPORT_BODY_BYTES,
  successStatus: 200,
  response: staffPreview,
  example: { body: STAFF_EXAMPLE },
});

/** Adds the new people of a checked staff list, with the import's record. */
export const importStaff = defineRoute({
  id: 'import-staff',
  method: 'POST',
  path: '/organisations/{organisationId}/staff-imports',
  roles: ['admin', 'unit_officer'],
  summary: 'Nhập danh sách cán bộ từ tệp đã kiểm tra (người đã có trong đơn vị được giữ nguyên)',
  idempotent: true,
  ownedResource: true,
  params: organisationParams,
  body: StaffImportSchema,
  maxBodyBytes: IMPORT_BODY_BYTES,
  successStatus: 201,
  response: importResult,
  example: { body: { ...STAFF_EXAMPLE, skipInvalid: true } },
});

// ── Collectives (a unit as the holder of its own awards) ──────────────────────────────────────

export const getCollective = defineRoute({
  id: 'get-collective',
  method: 'GET',
  path: '/units/{unitId}/awards',
  roles: PERSON_READERS,
  summary: 'Hồ sơ tập thể: đơn vị và quá trình khen thưởng của tập thể',
  idempotent: false,
  ownedResource: true,
  params: unitParams,
  successStatus: 200,
  response: collectiveWithHistory,
});

export const recordCollectiveAward = defineRoute({
  id: 'record-collective-award',
  method: 'POST',
  path: '/units/{unitId}/awards',
  roles: [...HISTORY_KEEPERS],
  summary: 'Ghi nhận một khen thưởng đã có vào quá trình khen thưởng của tập thể',
  idempotent: true,
  ownedResource: true,
  params: unitParams,
  body: AwardRecordSchema,
  successStatus: 201,
  response: awardEntry,
});

export const correctCollectiveAward = defineRoute({
  id: 'correct-collective-award',
  method: 'PATCH',
  path: '/units/{unitId}/awards/{ref}',
  roles: [...HISTORY_KEEPERS],
  summary: 'Sửa một khen thưởng đã ghi tay trong quá trình khen thưởng của tập thể (có lý do)',
  idempotent: false,
  ownedResource: true,
  params: unitAwardParams,
  body: AwardCorrectionSchema,
  ifMatch: 'required',
  etag: true,
  successStatus: 200,
  response: awardEntry,
});

// ── Users (admins only) ───────────────────────────────────────────────────────────────────────

export const listUsers = defineRoute({
  id: 'list-users',
  method: 'GET',
  path: '/users',
  roles: ['admin'],
  summary: 'Danh sách người dùng',
  idempotent: false,
  ownedResource: false,
  query: PageQuerySchema,
  successStatus: 200,
  response: userPage,
});

export const createUser = defineRoute({
  id: 'create-user',
  method: 'POST',
  path: '/users',
  roles: ['admin'],
  summary: 'Tạo người dùng (vai trò, cơ quan, đơn vị)',
  idempotent: true,
  ownedResource: false,
  body: NewUserSchema,
  successStatus: 201,
  response: user,
});

export const getUser = defineRoute({
  id: 'get-user',
  method: 'GET',
  path: '/users/{userId}',
  roles: ['admin'],
  summary: 'Thông tin một người dùng',
  idempotent: false,
  ownedResource: false,
  params: userParams,
  successStatus: 200,
  response: user,
});

export const setUserRoles = defineRoute({
  id: 'set-user-roles',
  method: 'PUT',
  path: '/users/{userId}/roles',
  roles: ['admin'],
  summary: 'Đặt lại vai trò của người dùng',
  idempotent: false,
  ownedResource: false,
  params: userParams,
  body: UserRolesSchema,
  successStatus: 200,
  response: user,
});

export const disableUser = defineRoute({
  id: 'disable-user',
  method: 'POST',
  path: '/users/{userId}/disable',
  roles: ['admin'],
  summary: 'Vô hiệu hóa người dùng (không xóa)',
  idempotent: true,
  ownedResource: false,
  params: userParams,
  successStatus: 200,
  response: user,
});

export const enableUser = defineRoute({
  id: 'enable-user',
  method: 'POST',
  path: '/users/{userId}/enable',
  roles: ['admin'],
  summary: 'Kích hoạt lại người dùng',
  idempotent: true,
  ownedResource: false,
  params: userParams,
  successStatus: 200,
  response: user,
});

/** A lost or changed phone: the user's authenticator app is turned off; the next sign-in enrols one. */
export const resetUserMfa = defineRoute({
  id: 'reset-user-mfa',
  method: 'POST',
  path: '/users/{userId}/reset-mfa',
  roles: ['admin'],
  summary: 'Đặt lại ứng dụng xác thực của người dùng (mất điện thoại); lần đăng nhập sau đăng ký lại',
  idempotent: true,
  ownedResource: false,
  params: userParams,
  body: z.strictObject({ reason: multiLineText(LIMITS.reason, 5) }),
  successStatus: 200,
  response: user,
  example: { body: { reason: 'Người dùng báo mất điện thoại.' } },
});

/**
 * The change log of a directory record (organisation, unit, person, award of a person's history):
 * who changed what, when, before and after. Admins only.
 */
export const listRegistryChanges = defineRoute({
  id: 'list-registry-changes',
  method: 'GET',
  path: '/registry-changes',
  roles: ['admin'],
  summary: 'Nhật ký thay đổi một bản ghi danh mục: ai, khi nào, trước và sau',
  idempotent: false,
  ownedResource: false,
  query: z.strictObject({
    entity: z.enum(CHANGE_LOG_ENTITIES),
    id: z.string().check(z.minLength(1), z.maxLength(200)),
    cursor: z.optional(z.string().check(z.maxLength(2048))),
    limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
  }),
  successStatus: 200,
  response: registryChangePage,
  example: { query: { entity: 'organisation', id: 'org-snv' } },
});

export const DIRECTORY_ROUTES: readonly Route[] = [
  listRegistryChanges,
  listOrganisations,
  getOrganisation,
  createOrganisation,
  updateOrganisation,
  listUnits,
  createUnit,
  getUnit,
  updateUnit,
  listPersons,
  searchPersons,
  createPerson,
  getPerson,
  updatePerson,
  linkPersonAccount,
  recordPersonAward,
  correctPersonAward,
  getCollective,
  recordCollectiveAward,
  correctCollectiveAward,
  previewAwardHistoryImport,
  importAwardHistory,
  previewStaffImport,
  importStaff,
  listUsers,
  createUser,
  getUser,
  setUserRoles,
  disableUser,
  enableUser,
  resetUserMfa,
];
