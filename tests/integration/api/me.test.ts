import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('me');
});
afterAll(() => api?.stop());

describe('GET /me', () => {
  it('tells a signed-in unit officer their roles, organisation and unit', async () => {
    const officer = await api.as('canbo.vanphong.snv');

    const res = await officer.get('/me');

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ roles: ['unit_officer'], orgId: 'org-snv', unitId: 'unit-snv-vp' });
  });

  it('knows the director also sits on the council', async () => {
    const director = await api.as('giamdoc.snv');

    const res = await director.get('/me');

    const body = res.body as { roles: string[]; orgId: string };
    expect([...body.roles].sort()).toEqual(['council_member', 'director']);
    expect(body.orgId).toBe('org-snv');
  });
});

describe('GET /openapi.json', () => {
  it('serves the OpenAPI document generated from the route table, without a token', async () => {
    const res = await fetch(`${api.url}/openapi.json`);

    expect(res.status).toBe(200);
    const document = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/me']).toBeDefined();
  });
});
