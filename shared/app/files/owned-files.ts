/**
 * Files that belong to a record (a nomination's dossier, an issued document's signed copy). The
 * browser uploads straight to the bucket with a presigned POST bound to one new key under
 * `incoming/`, one declared type and the size limit; the server then checks what arrived (it
 * exists, its size, its real type by its first bytes) and only then moves it under its owner's
 * prefix, where no browser can write, and registers it in the change log. Files are never
 * overwritten or deleted once registered. Every download link given is recorded first.
 */
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import {
  DEFAULT_FILE_LIMITS,
  FILE_TYPES,
  type FileLimits,
  fileTypeOfContentType,
  megabytes,
  SNIFF_BYTES,
  sniffFileType,
} from '../../domain/files/file-types';
import { allPages } from '../../store/all-pages';
import type { ChangeLog } from '../../store/ports/change-log';
import { registryChange } from '../directory/registry-change';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import type { FileStore } from './file-store';

export type FilePorts = Pick<AppPorts, 'clock' | 'ids'> & {
  readonly files: FileStore;
  readonly changeLog: ChangeLog;
  readonly fileLimits?: FileLimits;
};

/** A registered file. */
export interface StoredFile {
  readonly fileId: string;
  /** What the file is (a dossier kind, or `signed_decision`). */
  readonly kind: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  /** The storage key the owner's record names (`fileRef` of a dossier item). */
  readonly fileRef: string;
  readonly uploadedAt: string;
  readonly uploadedBy: { readonly userId: string; readonly name?: string };
  /** A council's record (minutes, tally): the organisation whose council keeps it, who may read it. */
  readonly councilOrganisationId?: string;
}

export interface FileOwner {
  readonly entity: 'dossier_file' | 'document_file' | 'unit_file' | 'meeting_file';
  readonly id: string;
  /** Where checked files live. */
  readonly storedPrefix: 'dossiers' | 'decisions' | 'units' | 'meetings';
}

const UPLOAD_SECONDS = 15 * 60;
const DOWNLOAD_SECONDS = 5 * 60;

const incomingKey = (owner: FileOwner, uploadId: string) =>
  owner.storedPrefix === 'dossiers'
    ? `incoming/${owner.id}/${uploadId}`
    : `incoming/${owner.storedPrefix}/${owner.id}/${uploadId}`;
const storedKey = (owner: FileOwner, uploadId: string) => `${owner.storedPrefix}/${owner.id}/${uploadId}`;

export async function filesOf(ports: Pick<FilePorts, 'changeLog'>, owner: FileOwner): Promise<StoredFile[]> {
  const entries = await allPages((page) => ports.changeLog.list(owner.entity, owner.id, page));
  return entries.map((entry) => entry.after as unknown as StoredFile);
}

const bad = (path: string, code: string, message: string) =>
  new ValidationError([{ path, code, message }], message);

/** A presigned POST for one new file of `owner` (of an allowed type), after the limits are checked. */
export async function presignUploadFor(
  ports: FilePorts,
  owner: FileOwner,
  input: { readonly contentType: string; readonly size: number },
) {
  // The type is one of the allowed ones: the routes' schemas take no other (ALLOWED_CONTENT_TYPES).
  const limits = ports.fileLimits ?? DEFAULT_FILE_LIMITS;
  if (input.size > limits.maxFileBytes)
    throw bad('body.size', 'file_too_large', `Mỗi tệp tối đa ${megabytes(limits.maxFileBytes)}.`);
  const used = (await filesOf(ports, owner)).reduce((sum, f) => sum + f.size, 0);
  if (used + input.size > limits.maxDossierBytes)
    throw bad(
      'body.size',
      'dossier_too_large',
      `Hồ sơ tối đa ${megabytes(limits.maxDossierBytes)}; đã dùng ${megabytes(used)}.`,
    );
  const uploadId = ports.ids.next().toLowerCase();
  const upload = await ports.files.presignUpload(incomingKey(owner, uploadId), {
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
}

/**
 * Registers an uploaded file after checking it: present, within the limit, and of an allowed type
 * by its content that is the type it was uploaded as. A file that fails is removed and refused
 * (400, naming the reason: `file_content_mismatch`, `file_executable`…). The same upload
 * registered twice answers with the first record.
 */
export async function recordUploadFor(
  ports: FilePorts,
  principal: Principal,
  owner: FileOwner,
  input: { readonly uploadId: string; readonly kind: string; readonly fileName: string },
  context: Readonly<Record<string, unknown>> = {},
): Promise<StoredFile> {
  const limits = ports.fileLimits ?? DEFAULT_FILE_LIMITS;
  const already = (await filesOf(ports, owner)).find((f) => f.fileId === input.uploadId);
  if (already) return already;
  const incoming = incomingKey(owner, input.uploadId);
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
  const fileRef = storedKey(owner, input.uploadId);
  await ports.files.copy(incoming, fileRef);
  await ports.files.remove(incoming);
  const at = ports.clock.now().toISOString();
  const file: StoredFile = {
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
    registryChange(principal, at, owner.entity, owner.id, { ...file, ...context }),
  );
  return file;
}

/** Files in the order registered, each marked `current` unless a later one of its kind replaced it. */
export const currentPerKind = <F extends StoredFile>(files: readonly F[]): (F & { current: boolean })[] =>
  files.map((f, i) => ({ ...f, current: !files.slice(i + 1).some((later) => later.kind === f.kind) }));

/** The file of that id among those a record may show, or 404. */
export function findFile(files: readonly StoredFile[], fileId: string): StoredFile {
  const file = files.find((f) => f.fileId === fileId);
  if (!file) throw new NotFoundError('file', fileId, 'Không tìm thấy tệp.');
  return file;
}

/**
 * A short-lived link to `file` (found among the files its record may show), recorded under its
 * owner (who, which file, when) before it is given.
 */
export async function linkFor(
  ports: FilePorts,
  principal: Principal,
  owner: FileOwner,
  file: StoredFile,
  options: { readonly inline: boolean },
) {
  const at = ports.clock.now().toISOString();
  await ports.changeLog.record(
    registryChange(principal, at, 'file_download', owner.id, {
      fileId: file.fileId,
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
    expiresAt: new Date(ports.clock.now().getTime() + DOWNLOAD_SECONDS * 1000).toISOString(),
  };
}
