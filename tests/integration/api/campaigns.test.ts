import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CAMPAIGNS } from '../../../local/seed/demo-province';
import { testDate } from '../../support/clock';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let secretary: ApiClient;
let director: ApiClient;
let officer: ApiClient;
let otherOrgOfficer: ApiClient;
let provinceOfficer: ApiClient;
let admin: ApiClient;
beforeAll(async () => {
  api = await startTestApi('campaigns');
  secretary = await api.as('thuky.snv');
  director = await api.as('giamdoc.snv');
  officer = await api.as('canbo.vanphong.snv');
  otherOrgOfficer = await api.as('canbo.vanphong.stc');
  provinceOfficer = await api.as('chuyenvien.tinh');
  admin = await api.as('quantri');
});
afterAll(() => api?.stop());

type Body = { error?: { code: string; issues?: { path: string }[] } };
interface CampaignView {
  id: string;
  organisationId: string;
  year: number;
  status: string;
  version: number;
  title: string;
  details: { theme: string; nominationDeadline: string; periods: unknown[]; targets: unknown[] };
}
const issuePaths = (body: unknown) => ((body as Body).error?.issues ?? []).map((issue) => issue.path);
const ids = (body: unknown) => ((body as { items: { id: string }[] }).items ?? []).map((item) => item.id);

/** The demo plan (seed document 004) as a new campaign's body, with overrides. */
const aCampaignBody = (overrides: Record<string, unknown> = {}) => ({
  ...(DEMO_CAMPAIGNS[0]?.details as Record<string, unknown>),
  ...overrides,
});

async function draft(by: ApiClient, overrides: Record<string, unknown> = {}): Promise<CampaignView> {
  const res = await by.post('/campaigns', aCampaignBody(overrides));
  expect(res.status).toBe(201);
  return res.body as CampaignView;
}

describe('drafting a campaign', () => {
  it('creates a draft of the secretary’s own organisation, its year from the first đợt', async () => {
    const campaign = await draft(secretary);

    expect(campaign).toMatchObject({ organisationId: 'org-snv', year: 2026, status: 'draft', version: 1 });
    expect(campaign.details.periods).toHaveLength(2);
    expect(campaign.details.targets).toHaveLength(6);
    expect(campaign.details.nominationDeadline).toBe('2026-12-15');
  });

  it('refuses a unit officer and the admin', async () => {
    expect((await officer.post('/campaigns', aCampaignBody())).status).toBe(403);
    expect((await admin.post('/campaigns', aCampaignBody())).status).toBe(403);
  });

  it('refuses an organisation, a state or a version in the body, naming them', async () => {
    const res = await secretary.post(
      '/campaigns',
      aCampaignBody({ organisationId: 'org-stc', state: 'x', version: 2 }),
    );

    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(
      expect.arrayContaining(['body.organisationId', 'body.state', 'body.version']),
    );
  });

  it('refuses an over-long title and a deadline outside the campaign', async () => {
    const long = await secretary.post('/campaigns', aCampaignBody({ title: 'T'.repeat(501) }));
    const late = await secretary.post('/campaigns', aCampaignBody({ nominationDeadline: '2027-03-01' }));

    expect(long.status).toBe(400);
    expect(issuePaths(long.body)).toContain('body.title');
    expect(late.status).toBe(400);
    expect(issuePaths(late.body)).toContain('body.nominationDeadline');
  });

  it('stores a theme typed decomposed (NFD) as NFC', async () => {
    const theme = 'Đoàn kết, sáng tạo, thi đua lập thành tích';

    const campaign = await draft(secretary, { theme: theme.normalize('NFD') });

    expect(campaign.details.theme).toBe(theme.normalize('NFC'));
  });

  it('answers a retried creation with the same draft, created once', async () => {
    const key = { idempotencyKey: 'campaign-retry-0001' };
    const body = aCampaignBody({ title: 'Phong trào thi đua thử lại' });

    const first = await secretary.post('/campaigns', body, key);
    const again = await secretary.post('/campaigns', body, key);
    const list = await secretary.get('/campaigns?organisationId=org-snv&limit=100');

    expect(again.body).toEqual(first.body);
    const titles = (list.body as { items: CampaignView[] }).items.filter(
      (c) => c.title === 'Phong trào thi đua thử lại',
    );
    expect(titles).toHaveLength(1);
  });

  it('refuses the same idempotency key with another body', async () => {
    const key = { idempotencyKey: 'campaign-reuse-0001' };
    await secretary.post('/campaigns', aCampaignBody({ title: 'Một' }), key);

    const res = await secretary.post('/campaigns', aCampaignBody({ title: 'Hai' }), key);

    expect(res.status).toBe(409);
    expect((res.body as Body).error?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('editing and publishing', () => {
  it('edits a draft under If-Match and refuses a stale version', async () => {
    const campaign = await draft(secretary);

    const edited = await director.put(`/campaigns/${campaign.id}`, aCampaignBody({ title: 'Tên mới' }), {
      headers: { 'if-match': '"1"' },
    });
    const stale = await secretary.put(`/campaigns/${campaign.id}`, aCampaignBody({ title: 'Tên cũ' }), {
      headers: { 'if-match': '"1"' },
    });

    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Tên mới', version: 2 });
    expect(stale.status).toBe(409);
    expect((stale.body as Body).error?.code).toBe('VERSION_CONFLICT');
  });

  it('hides a draft from the units until it is published, then shows it', async () => {
    const campaign = await draft(secretary);

    const before = await officer.get(`/campaigns/${campaign.id}`);
    const published = await director.post(`/campaigns/${campaign.id}/publish`);
    const after = await officer.get(`/campaigns/${campaign.id}`);

    expect(before.status).toBe(404);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', version: 2 });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).toBe('"2"');
  });

  it('refuses to edit or publish again once published (409), but answers a retried publish as before', async () => {
    const campaign = await draft(secretary);
    const key = { idempotencyKey: `publish-${campaign.id}` };
    const first = await secretary.post(`/campaigns/${campaign.id}/publish`, undefined, key);

    const retried = await secretary.post(`/campaigns/${campaign.id}/publish`, undefined, key);
    const again = await secretary.post(`/campaigns/${campaign.id}/publish`);
    const edit = await secretary.put(
      `/campaigns/${campaign.id}`,
      aCampaignBody(),
      ifMatch((first.body as { version: number }).version),
    );

    expect(retried.status).toBe(200);
    expect(retried.body).toEqual(first.body);
    expect(again.status).toBe(409);
    expect((again.body as Body).error?.code).toBe('CAMPAIGN_NOT_DRAFT');
    expect(edit.status).toBe(409);
  });

  it('logs drafting, editing and publishing with who acted and what it was before', async () => {
    const campaign = await draft(secretary);
    await director.put(`/campaigns/${campaign.id}`, aCampaignBody({ title: 'Tên sửa' }), ifMatch(1));
    await director.post(`/campaigns/${campaign.id}/publish`);

    interface Entry {
      readonly entity: string;
      readonly entityId: string;
      readonly action: string;
      readonly actor: { readonly userId: string; readonly name?: string };
      readonly details?: {
        readonly after?: Record<string, unknown>;
        readonly before?: Record<string, unknown>;
      };
    }
    const activity = await admin.get<{ items: Entry[] }>(
      `/activity?month=${testDate().slice(0, 7)}&limit=100`,
    );
    const mine = activity.body.items.filter((e) => e.entity === 'campaign' && e.entityId === campaign.id);

    expect(activity.status).toBe(200);
    // Newest first: the publication, the edit, the draft.
    expect(
      mine.map((e) => [
        e.action,
        e.actor.name,
        e.details?.before?.title,
        e.details?.after?.title,
        e.details?.after?.status,
      ]),
    ).toEqual([
      ['update', director.user.name, 'Tên sửa', 'Tên sửa', 'published'],
      ['update', director.user.name, campaign.title, 'Tên sửa', 'draft'],
      ['create', secretary.user.name, undefined, campaign.title, 'draft'],
    ]);
  });

  it('answers 404 to another organisation’s secretary, leader or unit', async () => {
    const campaign = await draft(secretary);

    expect((await otherOrgOfficer.get(`/campaigns/${campaign.id}`)).status).toBe(404);
    expect((await provinceOfficer.post(`/campaigns/${campaign.id}/publish`)).status).toBe(404);
    expect((await provinceOfficer.put(`/campaigns/${campaign.id}`, aCampaignBody(), ifMatch(1))).status).toBe(
      404,
    );
  });
});

describe('listing', () => {
  it('shows a unit its organisation’s published campaigns and the province’s, never drafts', async () => {
    const snvDraft = await draft(secretary);
    const provinceCampaign = await draft(provinceOfficer, { issuingBody: 'Ủy ban nhân dân tỉnh Hà Tĩnh' });
    await provinceOfficer.post(`/campaigns/${provinceCampaign.id}/publish`);
    const provinceDraft = await draft(provinceOfficer);

    const res = await officer.get('/campaigns?year=2026');

    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual(expect.arrayContaining(['camp-snv-2026', provinceCampaign.id]));
    expect(ids(res.body)).not.toContain(snvDraft.id);
    expect(ids(res.body)).not.toContain(provinceDraft.id);
  });

  it('pages through the combined list without repeats', async () => {
    const all = await secretary.get('/campaigns?limit=100');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await secretary.get(`/campaigns?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...ids(page.body));
      cursor = (page.body as { cursor?: string }).cursor;
    } while (cursor);

    expect(seen).toEqual(ids(all.body));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('answers 404 for another organisation’s list and 400 for a forged cursor', async () => {
    expect((await otherOrgOfficer.get('/campaigns?organisationId=org-snv')).status).toBe(404);
    expect((await officer.get('/campaigns?cursor=bm9wZQ')).status).toBe(400);
  });

  it('lets the province see every organisation’s published campaigns', async () => {
    const res = await provinceOfficer.get('/campaigns?organisationId=org-snv');

    expect(ids(res.body)).toContain('camp-snv-2026');
    for (const c of (res.body as { items: CampaignView[] }).items) expect(c.status).toBe('published');
  });
});
