import { FILE_TYPES, type FileType, megabytes } from '../../../shared/domain/files/file-types';
import { ApiError, api } from '../api/client';
import type { FileLinkView, PresignedUploadView, StoredFileView } from '../api/types';

/** A registered file of a dossier, as the API records it (`current` when it comes from a list). */
export type DossierFileView = StoredFileView & {
  readonly current?: boolean;
  /** In a dossier's list, a council's signed minutes: the meeting they are kept with. */
  readonly meetingId?: string;
};

/** What a step of an upload failed with, in words the officer can act on; `retry` when trying again may help. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

/** The type a browser names for a file, or its extension's when the browser gives none (.docx on some systems). */
function contentTypeOf(file: File): string {
  if (file.type) return file.type;
  const ext = file.name.toLowerCase().split('.').pop();
  const byExt: Record<string, FileType> = {
    pdf: 'pdf',
    jpg: 'jpeg',
    jpeg: 'jpeg',
    png: 'png',
    docx: 'docx',
    xlsx: 'xlsx',
  };
  const type = ext ? byExt[ext] : undefined;
  return type ? FILE_TYPES[type].contentType : 'application/octet-stream';
}

/** S3's answer to a refused POST (`<Code>EntityTooLarge</Code>`), said in Vietnamese. */
function bucketRefusal(status: number, body: string, maxBytes: number): UploadError {
  const code = /<Code>([^<]+)<\/Code>/.exec(body)?.[1];
  if (code === 'EntityTooLarge') return new UploadError(`Tệp lớn hơn ${megabytes(maxBytes)}.`, false);
  if (code === 'AccessDenied' && /expired/i.test(body))
    return new UploadError('Phiên tải lên đã hết hạn; hãy thử lại.', true);
  return new UploadError(`Kho lưu trữ không nhận tệp (${code ?? status}); hãy thử lại.`, true);
}

/** The browser's POST to the bucket, with its progress (fetch cannot report an upload's progress). */
function postToBucket(
  url: string,
  form: FormData,
  maxBytes: number,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300
        ? resolve()
        : reject(bucketRefusal(xhr.status, xhr.responseText, maxBytes));
    xhr.onerror = () => reject(new UploadError('Mất kết nối khi tải tệp lên; hãy thử lại.', true));
    xhr.onabort = () => reject(new UploadError('Đã huỷ tải lên.', true));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}

/**
 * Where files go: the record's path (`/nominations/{id}`, `/decisions/{id}`) and what the API
 * asks with each file (a dossier document's `kind`).
 */
export interface FileTarget {
  readonly base: string;
  readonly kind?: string;
}

/**
 * One file to one record: the API gives a presigned POST (type and size bounded), the browser
 * sends the file straight to the bucket, and the API checks and registers what arrived.
 */
export async function uploadFile(
  target: FileTarget,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<DossierFileView> {
  const kind = target.kind ? { kind: target.kind } : {};
  const fileName = file.name.normalize('NFC');
  try {
    const contentType = contentTypeOf(file);
    const upload = await api.post<PresignedUploadView>(`${target.base}/uploads`, {
      body: { ...kind, fileName, contentType, size: file.size },
    });
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append('file', file);
    await postToBucket(upload.url, form, upload.maxBytes, onProgress, signal);
    onProgress(1);
    return await api.post<DossierFileView>(`${target.base}/files`, {
      body: { uploadId: upload.uploadId, ...kind, fileName },
    });
  } catch (error) {
    if (error instanceof UploadError) throw error;
    if (error instanceof ApiError) {
      const issue = error.issues[0]?.message;
      throw new UploadError(issue ?? error.message, error.status === 0 || error.status >= 500);
    }
    throw new UploadError('Không tải được tệp lên; hãy thử lại.', true);
  }
}

/** A short-lived link to a file, recorded by the API (who fetched what). */
export const fileLink = (base: string, fileId: string, inline: boolean) =>
  api.post<FileLinkView>(`${base}/files/${fileId}/link`, {
    body: { inline },
  });
