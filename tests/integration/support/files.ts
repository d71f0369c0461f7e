/**
 * A file uploaded as a browser does: the API's presigned POST, the form sent straight to the
 * local bucket, then the API asked to check and record it. One helper for every test that needs
 * a file (a dossier's, a unit's shared document, a decision's signed copy).
 */
import type { ApiClient, ApiResponse } from './api';

export interface Presigned {
  uploadId: string;
  url: string;
  fields: Record<string, string>;
}

export interface Recorded {
  fileId: string;
  fileName: string;
  fileRef: string;
  size: number;
  current?: boolean;
  error?: { code: string; issues: { code: string; message: string }[] };
}

/**
 * Uploads `bytes` to the record at `base` (`/nominations/{id}`, `/units/{unitId}`,
 * `/decisions/{id}`). Stops after the first step when the API refuses it (`posted` absent).
 */
export async function uploadTo(
  client: ApiClient,
  base: string,
  bytes: Uint8Array,
  file: { readonly fileName: string; readonly contentType: string; readonly kind?: string },
): Promise<{ asked: ApiResponse<Presigned>; posted?: number; recorded?: ApiResponse<Recorded> }> {
  const kind = file.kind ? { kind: file.kind } : {};
  const asked = await client.post<Presigned>(`${base}/uploads`, {
    ...kind,
    fileName: file.fileName,
    contentType: file.contentType,
    size: bytes.length,
  });
  if (asked.status !== 201) return { asked };
  const form = new FormData();
  for (const [name, value] of Object.entries(asked.body.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: file.contentType }), file.fileName);
  const posted = (await fetch(asked.body.url, { method: 'POST', body: form })).status;
  const recorded = await client.post<Recorded>(`${base}/files`, {
    uploadId: asked.body.uploadId,
    ...kind,
    fileName: file.fileName,
  });
  return { asked, posted, recorded };
}
