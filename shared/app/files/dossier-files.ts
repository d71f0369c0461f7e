/**
 * The files of a dossier. The browser uploads straight to the bucket with a presigned POST bound
 * to one new key, one declared type and the size limit; the server then checks what arrived (it
 * exists, its size, its real type by its first bytes) and only then moves it under a key no
 * browser can write, and registers it on the nomination. Files are never overwritten or deleted
 * once registered: a returned dossier gets new files, and the register keeps the old ones. Every
 * download link given is recorded (who, which file, when).
 */
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import {
  DEFAULT_FILE_LIMITS,
  FILE_TYPES,
  type FileLimits,
  fileTypeOfContentType,
  megabytes,
  SNIFF_BYTES,
  sniffFileType,
} from '../../domain/files/file-types';
import type { DossierKind } from '../../domain/forms';
import type { Principal } from '../../http/principal';
import type { Nomination } from '../../store';
import { allPages } from '../../store/all-pages';
import type { ChangeLog } from '../../store/ports/change-log';
import { loadVisibleNomination } from '../access';
import { registryChange } from '../directory/registry-change';
import { draftOf } from '../nominations/draft-form';
import type { AppPorts } from '../ports';
import type { FileStore } from './file-store';

type Ports = Pick<AppPorts, 'nominations' | 'clock' | 'ids'> & {
  readonly files: FileStore;
  readonly changeLog: ChangeLog;
  readonly fileLimits?: FileLimits;
};

/** A registered file of a dossier. */
export interface DossierFile {
  readonly fileId: string;
  readonly kind: DossierKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  /** The storage key the dossier's items name (`fileRef`). */
  readonly fileRef: string;
  readonly uploadedAt: string;
  readonly uploadedBy: { readonly userId: string; readonly name?: string };
}

/** A dossier takes files while its unit can still change it. */
const EDITABLE = new Set(['draft', 'returned']);
const UPLOAD_SECONDS = 15 * 60;
const DOWNLOAD_SECONDS = 5 * 60;

const incomingKey = (nominationId: string, uploadId: string) => `incoming/${nominationId}/${uploadId}`;
const dossierKey = (nominationId: string, uploadId: string) => `dossiers/${nominationId}/${uploadId}`;

async function loadOwnEditable(ports: Ports, principal: Principal, nominationId: string) {
  const nomination = await loadVisibleNomination(ports.nominations, principal, nominationId);
  if (nomination.unitId !== principal.unitId)
    throw new ForbiddenError('WORKFLOW_NOT_OWNER', 'Đề nghị này không thuộc đơn vị của bạn.');
  if (!EDITABLE.has(nomination.state))
    throw new ConflictError(
      'DOSSIER_LOCKED',
      'Hồ sơ đã gửi không sửa được tệp; khi hồ sơ được trả lại, đơn vị tải lên tệp mới.',
      { state: nomination.state },
    );
  return nomination;
}

export async function filesOf(ports: Pick<Ports, 'changeLog'>, nominationId: string): Promise<DossierFile[]> {
  const entries = await allPages((page) => ports.changeLog.list('dossier_file', nominationId, page));
  return entries.map((entry) => entry.after as unknown as DossierFile);
}

const bad = (path: string, code: string, message: string) =>
  new ValidationError([{ path, code, message }], message);

export interface UploadRequest {
  readonly kind: DossierKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}

/** A presigned POST for one new file of the dossier, after the limits are checked. */
export const makeRequestUpload =
  (ports: Ports) => async (principal: Principal, id: string, input: UploadRequest) => {
    const limits = ports.fileLimits ?? DEFAULT_FILE_LIMITS;
    await loadOwnEditable(ports, principal, id);
    if (!fileTypeOfContentType(input.contentType))
      throw bad(
        'body.contentType',
        'file_type_not_allowed',
        `Chỉ nhận tệp ${Object.values(FILE_TYPES)
          .map((t) => t.label)
          .join(', ')}.`,
      );
    if (input.size > limits.maxFileBytes)
      throw bad('body.size', 'file_too_large', `Mỗi tệp tối đa ${megabytes(limits.maxFileBytes)}.`);
    const used = (await filesOf(ports, id)).reduce((sum, f) => sum + f.size, 0);
    if (used + input.size > limits.maxDossierBytes)
      throw bad(
        'body.size',
        'dossier_too_large',
        `Hồ sơ tối đa ${megabytes(limits.maxDossierBytes)}; đã dùng ${megabytes(used)}.`,
      );
    const uploadId = ports.ids.next().toLowerCase();
    const upload = await ports.files.presignUpload(incomingKey(id, uploadId), {
      contentType: input.contentType,
      maxBytes: limits.maxFileBytes,
      expiresInSeconds: UPLOAD_SECONDS,
    });
    return {
      uploadId,
      ...upload,
      maxBytes: limits.maxFileBytes,
      expiresAt: new Date(ports.clock.now().getTime() + UPLOAD_SECONDS * 1000).toISOString(),
    };
  };

export interface RecordRequest {
  readonly uploadId: string;
  readonly kind: DossierKind;
  readonly fileName: string;
}

/**
 * Registers an uploaded file after checking it: present, within the limit, and of an allowed type
 * by its content that is the type it was uploaded as. A file that fails is removed and refused
 * (400, naming the reason: `file_content_mismatch`, `file_executable`…). The same upload registered twice answers with the first record.
 */
export const makeRecordFile =
  (ports: Ports) => async (principal: Principal, id: string, input: RecordRequest) => {
    const limits = ports.fileLimits ?? DEFAULT_FILE_LIMITS;
    const nomination = await loadOwnEditable(ports, principal, id);
    const already = (await filesOf(ports, id)).find((f) => f.fileId === input.uploadId);
    if (already) return already;
    const incoming = incomingKey(id, input.uploadId);
    const object = await ports.files.head(incoming);
    if (!object)
      throw new ConflictError('FILE_NOT_UPLOADED', 'Chưa nhận được tệp; hãy tải lên lại.', {
        uploadId: input.uploadId,
      });
    const refuse = async (code: string, message: string): Promise<never> => {
      await ports.files.remove(incoming);
      throw new ValidationError([{ path: 'body.uploadId', code, message }], message);
    };
    if (object.size > limits.maxFileBytes)
      return refuse('file_too_large', `Mỗi tệp tối đa ${megabytes(limits.maxFileBytes)}.`);
    const declared = fileTypeOfContentType(object.contentType ?? '');
    const actual = sniffFileType(await ports.files.readStart(incoming, SNIFF_BYTES));
    if (actual === 'executable')
      return refuse('file_executable', 'Tệp là chương trình máy tính, không phải tài liệu; không nhận.');
    if (!actual || !declared)
      return refuse('file_type_not_allowed', 'Nội dung tệp không phải PDF, ảnh JPEG/PNG, Word hay Excel.');
    if (actual !== declared)
      return refuse(
        'file_content_mismatch',
        `Nội dung tệp là ${FILE_TYPES[actual].label}, không phải ${FILE_TYPES[declared].label} như tên tệp; hãy chọn đúng tệp.`,
      );
    const fileRef = dossierKey(id, input.uploadId);
    await ports.files.copy(incoming, fileRef);
    await ports.files.remove(incoming);
    const at = ports.clock.now().toISOString();
    const file: DossierFile = {
      fileId: input.uploadId,
      kind: input.kind,
      fileName: input.fileName,
      contentType: FILE_TYPES[actual].contentType,
      size: object.size,
      fileRef,
      uploadedAt: at,
      uploadedBy: { userId: principal.userId, ...(principal.name ? { name: principal.name } : {}) },
    };
    await ports.changeLog.record(
      registryChange(principal, at, 'dossier_file', id, { ...file, nominationState: nomination.state }),
    );
    return file;
  };

/** Which files the current form names: the others are earlier versions, kept. */
const currentRefs = (nomination: Nomination) =>
  new Set(draftOf(nomination).dossier.map((item) => item.fileRef));

/** Every file of the dossier, current and earlier, for whoever may read the nomination. */
export const makeListFiles =
  (ports: Pick<Ports, 'nominations' | 'changeLog'>) => async (principal: Principal, id: string) => {
    const nomination = await loadVisibleNomination(ports.nominations, principal, id);
    const current = currentRefs(nomination);
    const files = await filesOf(ports, id);
    return { items: files.map((f) => ({ ...f, current: current.has(f.fileRef) })) };
  };

/**
 * A short-lived link to one file of the dossier, for whoever may read the nomination, recorded
 * before it is given.
 */
export const makeFileLink =
  (ports: Ports) =>
  async (principal: Principal, id: string, fileId: string, options: { readonly inline: boolean }) => {
    await loadVisibleNomination(ports.nominations, principal, id);
    const file = (await filesOf(ports, id)).find((f) => f.fileId === fileId);
    if (!file) throw new NotFoundError('file', fileId, 'Không tìm thấy tệp.');
    const at = ports.clock.now().toISOString();
    await ports.changeLog.record(
      registryChange(principal, at, 'file_download', id, {
        fileId,
        fileName: file.fileName,
        inline: options.inline,
      }),
    );
    const url = await ports.files.presignDownload(file.fileRef, {
      fileName: file.fileName,
      contentType: file.contentType,
      inline: options.inline,
      expiresInSeconds: DOWNLOAD_SECONDS,
    });
    return {
      url,
      fileName: file.fileName,
      contentType: file.contentType,
      expiresAt: new Date(Date.now() + DOWNLOAD_SECONDS * 1000).toISOString(),
    };
  };
