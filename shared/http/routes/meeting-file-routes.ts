/**
 * The signed records of a closed council meeting (biên bản họp, biên bản kiểm phiếu), kept with
 * the meeting: the convener attaches, whoever reads the meeting fetches. The same four routes for
 * a Sở's council and the provincial council; they are served in the files area (`../route-table.ts`)
 * because only its functions may touch the files bucket; a module of their own, so a dossier
 * file's cold start does not load them.
 */
import * as z from 'zod/mini';
import { MEETING_FILE_KINDS } from '../../domain/dossier-kinds';
import { LIMITS } from '../../domain/forms/limits';
import { identifier, singleLineText } from '../../domain/forms/text';
import type { Role } from '../../domain/vocabulary';
import { fileLinkAnswer, filePage, presignedUpload, storedFile } from '../answers/files';
import { defineRoute, type Route } from '../route';
import { FileParams, LinkBody, UploadBody } from './file-bodies';

const idParams = z.strictObject({ id: identifier(LIMITS.id) });
const MeetingFileKind = z.enum(MEETING_FILE_KINDS, {
  message: 'Chỉ lưu biên bản họp hoặc biên bản kiểm phiếu của phiên họp.',
});

export function meetingFileRoutes(level: {
  readonly idInfix: '' | 'province-';
  readonly meetings: `/${string}`;
  readonly roles: { readonly attach: readonly Role[]; readonly read: readonly Role[] };
}) {
  const { idInfix, meetings, roles } = level;
  return {
    // The signed minutes and tally of a closed meeting: the convener attaches, readers fetch.
    requestFileUpload: defineRoute({
      id: `request-${idInfix}meeting-file-upload`,
      method: 'POST',
      path: `${meetings}/{id}/uploads`,
      roles: [...roles.attach],
      summary: 'Xin phép tải lên bản ký của biên bản họp, biên bản kiểm phiếu của phiên họp đã kết thúc',
      idempotent: false,
      ownedResource: true,
      params: idParams,
      body: z.strictObject({
        kind: MeetingFileKind,
        fileName: UploadBody.shape.fileName,
        contentType: UploadBody.shape.contentType,
        size: UploadBody.shape.size,
      }),
      successStatus: 201,
      response: presignedUpload,
      example: {
        body: {
          kind: 'review_minutes',
          fileName: 'bien-ban-hop.pdf',
          contentType: 'application/pdf',
          size: 240_118,
        },
      },
    }),
    recordFile: defineRoute({
      id: `record-${idInfix}meeting-file`,
      method: 'POST',
      path: `${meetings}/{id}/files`,
      roles: [...roles.attach],
      summary:
        'Ghi nhận bản ký của biên bản sau khi kiểm tra tệp; biên bản vào hồ sơ của mọi đề nghị trong phiên họp',
      idempotent: false,
      ownedResource: true,
      params: idParams,
      body: z.strictObject({
        uploadId: identifier(LIMITS.id),
        kind: MeetingFileKind,
        fileName: singleLineText(255),
      }),
      successStatus: 201,
      response: storedFile,
      example: {
        body: { uploadId: '01jexampleupload', kind: 'review_minutes', fileName: 'bien-ban-hop.pdf' },
      },
    }),
    listFiles: defineRoute({
      id: `list-${idInfix}meeting-files`,
      method: 'GET',
      path: `${meetings}/{id}/files`,
      roles: [...roles.read],
      summary:
        'Bản ký biên bản họp, biên bản kiểm phiếu đã lưu của phiên họp (bản mới nhất của mỗi loại là bản hiện hành)',
      idempotent: false,
      ownedResource: true,
      params: idParams,
      successStatus: 200,
      response: filePage,
    }),
    fileLink: defineRoute({
      id: `get-${idInfix}meeting-file-link`,
      method: 'POST',
      path: `${meetings}/{id}/files/{fileId}/link`,
      roles: [...roles.read],
      summary:
        'Đường dẫn xem, tải bản ký biên bản của phiên họp, hiệu lực 5 phút; mỗi lần lấy đều được ghi nhận',
      idempotent: false,
      ownedResource: true,
      params: FileParams,
      body: LinkBody,
      successStatus: 200,
      response: fileLinkAnswer,
    }),
  };
}

const councilFiles = meetingFileRoutes({
  idInfix: '',
  meetings: '/council/meetings',
  roles: { attach: ['council_secretary'], read: ['council_secretary', 'council_member', 'director'] },
});
const provinceCouncilFiles = meetingFileRoutes({
  idInfix: 'province-',
  meetings: '/province/council/meetings',
  roles: { attach: ['province_officer'], read: ['province_officer', 'province_leader', 'council_member'] },
});
export const requestMeetingFileUpload = councilFiles.requestFileUpload;
export const recordMeetingFile = councilFiles.recordFile;
export const listMeetingFiles = councilFiles.listFiles;
export const getMeetingFileLink = councilFiles.fileLink;
export const requestProvinceMeetingFileUpload = provinceCouncilFiles.requestFileUpload;
export const recordProvinceMeetingFile = provinceCouncilFiles.recordFile;
export const listProvinceMeetingFiles = provinceCouncilFiles.listFiles;
export const getProvinceMeetingFileLink = provinceCouncilFiles.fileLink;

/** Served with the files area's routes, after them in the OpenAPI document. */
export const MEETING_FILE_ROUTES: readonly Route[] = [
  requestMeetingFileUpload,
  recordMeetingFile,
  listMeetingFiles,
  getMeetingFileLink,
  requestProvinceMeetingFileUpload,
  recordProvinceMeetingFile,
  listProvinceMeetingFiles,
  getProvinceMeetingFileLink,
];
