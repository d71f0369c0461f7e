import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let officer: ApiClient;
let otherOrgOfficer: ApiClient;
let secretary: ApiClient;
let admin: ApiClient;
beforeAll(async () => {
  api = await startTestApi('directory');
  officer = await api.as('canbo.vanphong.snv');
  otherOrgOfficer = await api.as('canbo.vanphong.stc');
  secretary = await api.as('thuky.snv');
  admin = await api.as('quantri');
});
afterAll(() => api?.stop());

type Body = Record<string, unknown> & { error?: { code: string; issues?: { path: string }[] } };
const issuePaths = (body: unknown) => ((body as Body).error?.issues ?? []).map((issue) => issue.path);
const ids = (body: unknown) => ((body as { items: { id: string }[] }).items ?? []).map((item) => item.id);

describe('organisations and units', () => {
  it('shows a unit officer their own organisation and the province’s, not another Sở', async () => {
    const res = await officer.get('/organisations');

    expect(res.status).toBe(200);
    expect(ids(res.body).sort()).toEqual(['org-snv', 'org-ubnd']);
  });

  it('shows the admin every organisation', async () => {
    const res = await admin.get('/organisations');

    expect(ids(res.body)).toEqual(expect.arrayContaining(['org-snv', 'org-stc', 'org-ubnd']));
  });

  it('answers 404 for another organisation and for its units', async () => {
    expect((await officer.get('/organisations/org-stc')).status).toBe(404);
    expect((await officer.get('/organisations/org-stc/units')).status).toBe(404);
    expect((await officer.get('/units/unit-stc-vp')).status).toBe(404);
  });

  it('lists the units of the caller’s own organisation with an ETag on each read', async () => {
    const list = await officer.get('/organisations/org-snv/units');
    const one = await officer.get('/units/unit-snv-vp');

    expect(ids(list.body)).toContain('unit-snv-ccvc');
    expect(one.status).toBe(200);
    expect(one.headers.get('etag')).toBe('"1"');
  });

  it('lets the admin create an organisation and refuses every other role', async () => {
    const body = { code: 'SYT', name: 'Sở Y tế tỉnh Hà Tĩnh' };

    const created = await admin.post('/organisations', body);
    const refused = await secretary.post('/organisations', body);

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'SYT', level: 'department', version: 1 });
    expect(refused.status).toBe(403);
  });

  it('answers a retried creation with the same organisation, created once', async () => {
    const options = { idempotencyKey: 'org-retry-0001' };
    const body = { code: 'SXD', name: 'Sở Xây dựng' };

    const first = await admin.post('/organisations', body, options);
    const again = await admin.post('/organisations', body, options);
    const list = await admin.get('/organisations?limit=100');

    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(ids(list.body).filter((id) => id === (first.body as { id: string }).id)).toHaveLength(1);
  });

  it('refuses the same idempotency key with another body', async () => {
    const options = { idempotencyKey: 'org-reuse-0001' };
    await admin.post('/organisations', { code: 'SCT', name: 'Sở Công Thương' }, options);

    const res = await admin.post('/organisations', { code: 'SCT', name: 'Sở Công Thương (khác)' }, options);

    expect(res.status).toBe(409);
    expect((res.body as Body).error?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses unknown fields and over-long names, naming the field', async () => {
    const unknown = await admin.post('/organisations', { code: 'SGT', name: 'Sở Giao thông', state: 'x' });
    const long = await admin.post('/organisations', { code: 'SGT', name: 'S'.repeat(251) });

    expect(unknown.status).toBe(400);
    expect(issuePaths(unknown.body)).toEqual(['body.state']);
    expect(long.status).toBe(400);
    expect(issuePaths(long.body)).toContain('body.name');
  });

  it('renames a unit under If-Match and refuses a stale version with 409', async () => {
    const renamed = await admin.patch(
      '/units/unit-snv-ttlt',
      { name: 'Trung tâm Lưu trữ lịch sử tỉnh' },
      { headers: { 'if-match': '"1"' } },
    );
    const stale = await admin.patch(
      '/units/unit-snv-ttlt',
      { name: 'Tên khác' },
      { headers: { 'if-match': '"1"' } },
    );

    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('etag')).toBe('"2"');
    expect(stale.status).toBe(409);
    expect((stale.body as Body).error?.code).toBe('VERSION_CONFLICT');
  });
});

describe('people', () => {
  it('lists a unit’s people with public fields only', async () => {
    const res = await officer.get('/units/unit-snv-vp/persons');

    const items = (res.body as { items: Record<string, unknown>[] }).items;
    expect(res.status).toBe(200);
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['fullName', 'id', 'position', 'unitId', 'unitName']);
    }
  });

  it('answers 404 for the people of another unit’s officer or of another organisation', async () => {
    expect((await officer.get('/units/unit-snv-ccvc/persons')).status).toBe(404);
    expect((await otherOrgOfficer.get('/units/unit-snv-vp/persons')).status).toBe(404);
    expect((await otherOrgOfficer.get('/persons/person-snv-01')).status).toBe(404);
  });

  it('reads a person with their award history, oldest year first', async () => {
    const res = await secretary.get('/persons/person-snv-01');

    const body = res.body as { person: { fullName: string }; awards: { year: number; awardCode: string }[] };
    expect(res.status).toBe(200);
    expect(body.person.fullName).toBe('Nguyễn Thị Hồng Nhung');
    expect(body.awards.map((a) => a.year)).toEqual([2023, 2023, 2024, 2024, 2025, 2025]);
  });

  it('stores a name typed decomposed (NFD) as NFC, and HTML in it as plain text', async () => {
    const nfd = 'Trương Thị Ngọc Ánh'.normalize('NFD');

    const created = await officer.post('/units/unit-snv-vp/persons', {
      fullName: nfd,
      position: 'Chuyên viên',
    });
    const html = await officer.post('/units/unit-snv-vp/persons', { fullName: '<b>Lê Văn</b> <img src=x>' });
    const read = await officer.get(`/persons/${(html.body as { id: string }).id}`);

    expect(created.status).toBe(201);
    expect((created.body as { fullName: string }).fullName).toBe('Trương Thị Ngọc Ánh'.normalize('NFC'));
    expect((read.body as { person: { fullName: string } }).person.fullName).toBe('<b>Lê Văn</b> <img src=x>');
  });

  it('refuses a person for another organisation’s unit (404) or a sibling unit (403)', async () => {
    const otherOrg = await officer.post('/units/unit-stc-vp/persons', { fullName: 'Nguyễn Văn B' });
    const sibling = await officer.post('/units/unit-snv-ccvc/persons', { fullName: 'Nguyễn Văn B' });
    const wrongRole = await secretary.post('/units/unit-snv-vp/persons', { fullName: 'Nguyễn Văn B' });

    expect(otherOrg.status).toBe(404);
    expect(sibling.status).toBe(403);
    expect(wrongRole.status).toBe(403);
  });

  it('refuses fields a unit officer may not set, naming them', async () => {
    const res = await officer.post('/units/unit-snv-vp/persons', {
      fullName: 'Nguyễn Văn C',
      organisationId: 'org-stc',
      version: 3,
    });

    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(expect.arrayContaining(['body.organisationId', 'body.version']));
  });

  it('refuses an over-long name', async () => {
    const res = await officer.post('/units/unit-snv-vp/persons', { fullName: 'N'.repeat(121) });

    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain('body.fullName');
  });

  it('edits a person of the officer’s own unit and moves the name search with it', async () => {
    const created = await officer.post('/units/unit-snv-vp/persons', { fullName: 'Đỗ Văn Tạm' });
    const id = (created.body as { id: string }).id;

    const edited = await officer.patch(
      `/persons/${id}`,
      { fullName: 'Đỗ Văn Chính' },
      { headers: { 'if-match': '"1"' } },
    );
    const stale = await officer.patch(
      `/persons/${id}`,
      { position: 'Chuyên viên' },
      { headers: { 'if-match': '"1"' } },
    );
    const found = await officer.get('/persons?name=chinh');
    const old = await officer.get('/persons?name=tam');

    expect(edited.status).toBe(200);
    expect(stale.status).toBe(409);
    expect(ids(found.body)).toContain(id);
    expect(ids(old.body)).not.toContain(id);
  });
});

describe('search by name', () => {
  it('finds a person by given name, without diacritics or case', async () => {
    const res = await secretary.get('/persons?name=NHUNG');

    expect(res.status).toBe(200);
    expect(ids(res.body)).toContain('person-snv-01');
  });

  it('finds a person by the start of the full name, typed decomposed', async () => {
    const query = encodeURIComponent('Nguyễn Thị Hồng'.normalize('NFD'));

    const res = await secretary.get(`/persons?name=${query}`);

    expect(ids(res.body)).toEqual(['person-snv-01']);
  });

  it('finds by the last words of a name (“Thu Hà”)', async () => {
    const res = await secretary.get(`/persons?name=${encodeURIComponent('thu hà')}`);

    expect(ids(res.body)).toContain('person-snv-03');
  });

  it('keeps a unit officer to their own unit and another organisation out', async () => {
    const ownUnit = await officer.get('/persons?name=lan');
    const otherOrg = await otherOrgOfficer.get('/persons?name=nhung');
    const named = await otherOrgOfficer.get('/persons?name=nhung&organisationId=org-snv');

    expect(ids(ownUnit.body)).not.toContain('person-snv-07');
    expect(ids(otherOrg.body)).toEqual([]);
    expect(named.status).toBe(404);
  });

  it('returns public fields only', async () => {
    const res = await secretary.get('/persons?name=nhung');

    const item = (res.body as { items: Record<string, unknown>[] }).items[0];
    expect(item).not.toHaveProperty('gender');
    expect(item).not.toHaveProperty('holdsLeadershipPost');
  });
});

describe('award history entries', () => {
  const award = {
    year: 2025,
    awardCode: 'GIAY_KHEN',
    track: 'ad_hoc',
    decisionNumber: '120/QĐ-SNV',
    decidedOn: '2025-10-02',
  };

  it('lets the Sở’s secretary record an award of their own person, once', async () => {
    const created = await secretary.post('/persons/person-snv-05/awards', award);
    const twice = await secretary.post('/persons/person-snv-05/awards', award);
    const person = await secretary.get('/persons/person-snv-05');

    expect(created.status).toBe(201);
    expect(twice.status).toBe(409);
    expect(
      (person.body as { awards: { decisionNumber: string }[] }).awards.map((a) => a.decisionNumber),
    ).toEqual(['120/QĐ-SNV']);
  });

  it('answers 404 for another organisation’s person and 403 for a unit officer', async () => {
    expect((await secretary.post('/persons/person-stc-01/awards', award)).status).toBe(404);
    expect((await officer.post('/persons/person-snv-04/awards', award)).status).toBe(403);
  });
});
