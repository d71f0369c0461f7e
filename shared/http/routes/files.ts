/** A dossier's files: upload (presigned POST), register after checking, list, download links. */
import * as z from 'zod/mini';
import { DOSSIER_KINDS } from '../../domain/dossier-kinds';
import { ALLOWED_CONTENT_TYPES } from '../../domain/files/file-types';
import { LIMITS } from '../../domain/forms/limits';
import { identifier, singleLineText } from '../../domain/forms/text';
import { fileLinkAnswer, filePage, presignedUpload, storedFile } from '../answers/files';
import type { Route } from '../route';
import { defineRoute } from '../route';
import { FileParams, LinkBody, RecordBody, UploadBody } from './file-bodies';
import { NOMINATION_VIEWERS, NominationIdParams, SO_AND_PROVINCE } from './nomination-params';

/** A valid upload request, for the OpenAPI document and the generated authorisation tests. */
const UPLOAD_EXAMPLE = {
  kind: 'proposal_letter',
  fileName: 'to-trinh.pdf',
  contentType: 'application/pdf',
  size: 182_044,
};

export const requestUpload = defineRoute({
  id: 'request-file-upload',
  method: 'POST',
  path: '/nominations/{id}/uploads',
  roles: ['unit_officer'],
  summary: 'Xin phép tải một tệp của hồ sơ lên kho lưu trữ (presigned POST: đúng loại, đúng dung lượng)',
  idempotent: false,
  ownedResource: true,
  params: NominationIdParams,
  body: UploadBody,
  successStatus: 201,
  response: presignedUpload,
  example: { body: UPLOAD_EXAMPLE },
});

export const recordFile = defineRoute({
  id: 'record-dossier-file',
  method: 'POST',
  path: '/nominations/{id}/files',
  roles: ['unit_officer'],
  summary: 'Ghi nhận tệp đã tải lên vào hồ sơ sau khi kiểm tra (có tệp, dung lượng, đúng định dạng thật)',
  idempotent: false,
  ownedResource: true,
  params: NominationIdParams,
  body: RecordBody,
  successStatus: 201,
  response: storedFile,
  example: { body: { uploadId: '01jexampleupload', kind: 'proposal_letter', fileName: 'to-trinh.pdf' } },
});

export const listFiles = defineRoute({
  id: 'list-dossier-files',
  method: 'GET',
  path: '/nominations/{id}/files',
  roles: NOMINATION_VIEWERS,
  summary: 'Các tệp của hồ sơ, cả phiên bản trước (hồ sơ được trả lại và bổ sung)',
  idempotent: false,
  ownedResource: true,
  params: NominationIdParams,
  successStatus: 200,
  response: filePage,
});

/** A POST: giving a link is recorded (who fetched what), a change a GET must not make. */
export const fileLink = defineRoute({
  id: 'get-dossier-file-link',
  method: 'POST',
  path: '/nominations/{id}/files/{fileId}/link',
  roles: NOMINATION_VIEWERS,
  summary: 'Đường dẫn tải (hoặc xem) một tệp của hồ sơ, hiệu lực 5 phút; mỗi lần lấy đều được ghi nhận',
  idempotent: false,
  ownedResource: true,
  params: FileParams,
  body: LinkBody,
  successStatus: 200,
  response: fileLinkAnswer,
});

// ── The signed copy of an issued decision (scan or signed PDF) ────────────────────────────────

const DocumentParams = z.strictObject({ id: identifier(LIMITS.id) });
const DocumentFileParams = z.strictObject({ id: identifier(LIMITS.id), fileId: identifier(LIMITS.id) });
/** Who attaches a signed copy: the issuer's leader or secretariat (the use case checks the issuer). */
const ATTACHERS = ['director', 'council_secretary', 'province_leader', 'province_officer'] as const;

export const requestSignedCopyUpload = defineRoute({
  id: 'request-signed-copy-upload',
  method: 'POST',
  path: '/decisions/{id}/uploads',
  roles: [...ATTACHERS],
  summary: 'Xin phép tải lên bản ký (bản chụp, PDF ký số) của quyết định, tờ trình đã ban hành',
  idempotent: false,
  ownedResource: true,
  params: DocumentParams,
  body: z.strictObject({
    fileName: UploadBody.shape.fileName,
    contentType: UploadBody.shape.contentType,
    size: UploadBody.shape.size,
  }),
  successStatus: 201,
  response: presignedUpload,
  example: { body: { fileName: 'qd-da-ky.pdf', contentType: 'application/pdf', size: 240_118 } },
});

export const recordSignedCopy = defineRoute({
  id: 'record-signed-copy',
  method: 'POST',
  path: '/decisions/{id}/files',
  roles: [...ATTACHERS],
  summary: 'Ghi nhận bản ký của quyết định sau khi kiểm tra tệp',
  idempotent: false,
  ownedResource: true,
  params: DocumentParams,
  body: z.strictObject({ uploadId: identifier(LIMITS.id), fileName: singleLineText(255) }),
  successStatus: 201,
  response: storedFile,
  example: { body: { uploadId: '01jexampleupload', fileName: 'qd-da-ky.pdf' } },
});

export const listSignedCopies = defineRoute({
  id: 'list-signed-copies',
  method: 'GET',
  path: '/decisions/{id}/files',
  roles: [...SO_AND_PROVINCE],
  summary: 'Các bản ký đã đính kèm quyết định (bản mới nhất là bản hiện hành)',
  idempotent: false,
  ownedResource: true,
  params: DocumentParams,
  successStatus: 200,
  response: filePage,
});

export const signedCopyLink = defineRoute({
  id: 'get-signed-copy-link',
  method: 'POST',
  path: '/decisions/{id}/files/{fileId}/link',
  roles: [...SO_AND_PROVINCE],
  summary: 'Đường dẫn xem, tải bản ký của quyết định, hiệu lực 5 phút; mỗi lần lấy đều được ghi nhận',
  idempotent: false,
  ownedResource: true,
  params: DocumentFileParams,
  body: LinkBody,
  successStatus: 200,
  response: fileLinkAnswer,
});

// ── A unit's shared documents (a list proposal's tờ trình, minutes, report) ───────────────────

const UnitParams = z.strictObject({ unitId: identifier(LIMITS.id) });

export const requestUnitUpload = defineRoute({
  id: 'request-unit-file-upload',
  method: 'POST',
  path: '/units/{unitId}/uploads',
  roles: ['unit_officer'],
  summary: 'Xin phép tải lên tài liệu chung của đơn vị (tờ trình, biên bản, báo cáo của danh sách đề nghị)',
  idempotent: false,
  ownedResource: true,
  params: UnitParams,
  body: UploadBody,
  successStatus: 201,
  response: presignedUpload,
  example: { body: UPLOAD_EXAMPLE },
});

export const recordUnitFile = defineRoute({
  id: 'record-unit-file',
  method: 'POST',
  path: '/units/{unitId}/files',
  roles: ['unit_officer'],
  summary: 'Ghi nhận tài liệu chung của đơn vị sau khi kiểm tra tệp',
  idempotent: false,
  ownedResource: true,
  params: UnitParams,
  body: RecordBody,
  successStatus: 201,
  response: storedFile,
  example: { body: { uploadId: '01jexampleupload', kind: 'proposal_letter', fileName: 'to-trinh.pdf' } },
});

/** Routes of this area, in the order the OpenAPI document lists them. */
export const FILES_ROUTES: readonly Route[] = [
  requestUnitUpload,
  recordUnitFile,
  requestUpload,
  recordFile,
  listFiles,
  fileLink,
  requestSignedCopyUpload,
  recordSignedCopy,
  listSignedCopies,
  signedCopyLink,
];
