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
