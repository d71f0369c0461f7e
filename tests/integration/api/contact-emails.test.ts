/**
 * Contact e-mails of organisations and units (where notices go) through the existing PATCH
 * routes: admins only, validated, lower-cased, without repeats, guarded by the version read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let admin: ApiClient;
let secretary: ApiClient;
beforeAll(async () => {
  api = await startTestApi('contacts');
  admin = await api.as('quantri');
  secretary = await api.as('thuky.snv');
});
afterAll(() => api?.stop());

type ErrorBody = { error: { code: string; issues?: { path: string; message: string }[] } };

describe('contact e-mails', () => {
  it('lets the admin set a unit’s addresses, normalised, and shows them on the next read', async () => {
    const res = await admin.patch(
      '/units/unit-snv-ttlt',
      {
        contactEmails: [
          ' TTLT.SNV@HaTinh.Example.VN',
          'ttlt.snv@hatinh.example.vn',
          'luutru@hatinh.example.vn',
        ],
      },
      ifMatch(1),
    );

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Trung tâm Lưu trữ lịch sử',
      contactEmails: ['ttlt.snv@hatinh.example.vn', 'luutru@hatinh.example.vn'],
      version: 2,
    });
    expect((await admin.get('/units/unit-snv-ttlt')).body).toMatchObject({
      contactEmails: ['ttlt.snv@hatinh.example.vn', 'luutru@hatinh.example.vn'],
    });
  });

  it('lets the admin set an organisation’s addresses, and clear them with an empty list', async () => {
    const set = await admin.patch(
      '/organisations/org-stc',
      { contactEmails: ['VanThu.STC@hatinh.example.vn'] },
      ifMatch(1),
    );
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ code: 'STC', contactEmails: ['vanthu.stc@hatinh.example.vn'] });

    const cleared = await admin.patch(
      '/organisations/org-stc',
      { contactEmails: [] },
      {
        headers: { 'if-match': set.headers.get('etag') ?? '' },
      },
    );
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ contactEmails: [] });
  });

  it('refuses an invalid address, more than 10, and names the field', async () => {
    const invalid = await admin.patch(
      '/units/unit-snv-vp',
      {
        contactEmails: ['vp@hatinh.example.vn', 'vp at snv'],
      },
      ifMatch(1),
    );
    const tooMany = await admin.patch(
      '/organisations/org-snv',
      {
        contactEmails: Array.from({ length: 11 }, (_, i) => `hop${i}@hatinh.example.vn`),
      },
      ifMatch(1),
    );

    expect(invalid.status).toBe(400);
    expect((invalid.body as ErrorBody).error.issues).toEqual([
      expect.objectContaining({ path: 'body.contactEmails.1', message: 'Địa chỉ thư điện tử không hợp lệ.' }),
    ]);
    expect(tooMany.status).toBe(400);
    expect((tooMany.body as ErrorBody).error.issues?.[0]).toMatchObject({
      path: 'body.contactEmails',
      message: 'Tối đa 10 địa chỉ thư điện tử.',
    });
  });

  it('is the admin’s alone: the secretariat may not change where notices go', async () => {
    const res = await secretary.patch('/units/unit-snv-vp', { contactEmails: ['toi@hatinh.example.vn'] });
    expect(res.status).toBe(403);
    expect((await admin.get('/units/unit-snv-vp')).body).toMatchObject({
      contactEmails: ['canbo.vanphong.snv@hatinh.tdkt.example.vn'],
    });
  });

  it('answers 409 to a change made against a version someone else changed meanwhile', async () => {
    const stale = await admin.patch(
      '/units/unit-snv-ccvc',
      { contactEmails: ['ccvc@hatinh.example.vn'] },
      { headers: { 'if-match': '"7"' } },
    );
    expect(stale.status).toBe(409);
  });
});
