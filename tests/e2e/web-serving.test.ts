import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../web/build/ensure-built';
import { measureInitialJs, readBudget } from '../../web/build/initial-js';
import { baseUrl } from './support/browser';

describe('the web app as the gateway serves it', () => {
  it('keeps the initial JavaScript within the budget written in web/bundle-budget.json', () => {
    const budget = readBudget(join(WEB_DIST, '..'));
    const measured = measureInitialJs(WEB_DIST);
    expect(measured.files.length).toBeGreaterThan(0);
    expect(measured.gzipBytes).toBeLessThanOrEqual(budget.initialJsGzipBytes);
  });

  it('answers page paths with index.html and assets with their content type', async () => {
    const page = await fetch(`${baseUrl()}/de-nghi/01ABC/sua`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${baseUrl()}${script}`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('serves the deployment settings at /config.json without a token', async () => {
    const config = (await (await fetch(`${baseUrl()}/config.json`)).json()) as Record<string, unknown>;
    expect(Object.keys(config).sort()).toEqual([
      'apiUrl',
      'clientId',
      'cognitoEndpoint',
      'provinceName',
      'userPoolId',
    ]);
  });

  it('never serves a file outside web/dist, however the path is encoded', async () => {
    for (const path of [
      '/..%2f..%2fpackage.json',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/missing.js',
    ]) {
      const res = await fetch(`${baseUrl()}${path}`);
      expect(res.status, path).toBe(404);
    }
  });

  it('still answers API routes before the app: no token, 401', async () => {
    expect((await fetch(`${baseUrl()}/me`)).status).toBe(401);
  });
});
