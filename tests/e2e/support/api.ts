import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/**
 * Calls the API as the person signed in on `page`, with their ID token from the app's session.
 * For the steps a test needs done but does not test (getting a nomination to "decided").
 */
export async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  // A string: this file is type-checked without the DOM library.
  const script = `(async ({ url, method, body }) => {
    const session = JSON.parse(sessionStorage.getItem('tdkt.session') ?? 'null');
    const headers = { authorization: 'Bearer ' + session.tokens.idToken, 'idempotency-key': crypto.randomUUID() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { ok: res.ok, status: res.status, text };
  })`;
  const answer = (await page.evaluate(
    `${script}(${JSON.stringify({ url: `${baseUrl()}${path}`, method, body })})`,
  )) as {
    ok: boolean;
    status: number;
    text: string;
  };
  if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
  return (answer.text ? JSON.parse(answer.text) : undefined) as T;
}

/**
 * Uploads a small PDF to the unit's shared documents as the signed-in officer's browser does
 * (presigned POST to the local bucket, then recorded), and returns its storage key: a document
 * the secretariat can accept (each required document needs its file, Điều 84).
 */
export async function unitFileRef(page: Page, unitId: string, kind: string): Promise<string> {
  const asked = await callApi<{ uploadId: string; url: string; fields: Record<string, string> }>(
    page,
    'POST',
    `/units/${unitId}/uploads`,
    { kind, fileName: `${kind}.pdf`, contentType: 'application/pdf', size: 24 },
  );
  const script = `(async ({ url, fields, kind }) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob(['%PDF-1.7\\n% e2e file\\n%%EOF\\n'], { type: 'application/pdf' }), kind + '.pdf');
    return (await fetch(url, { method: 'POST', body: form })).status;
  })`;
  const status = await page.evaluate(
    `${script}(${JSON.stringify({ url: asked.url, fields: asked.fields, kind })})`,
  );
  if (status !== 204) throw new Error(`upload to the bucket: ${String(status)}`);
  const recorded = await callApi<{ fileRef: string }>(page, 'POST', `/units/${unitId}/files`, {
    uploadId: asked.uploadId,
    kind,
    fileName: `${kind}.pdf`,
  });
  return recorded.fileRef;
}

/** The dossier with each document's file uploaded to the unit (`unitFileRef`). */
export async function withUnitFiles<T extends { readonly kind: string; readonly fileRef: string }>(
  page: Page,
  unitId: string,
  dossier: readonly T[],
): Promise<T[]> {
  const out: T[] = [];
  for (const item of dossier) out.push({ ...item, fileRef: await unitFileRef(page, unitId, item.kind) });
  return out;
}
