import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';
import { peakInFlight, type SentCommand } from '../support/commands';
import { aDraft, aPersonNominee, createDraft, createSubmitted } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
let secretary: ApiClient;
beforeAll(async () => {
  api = await startTestApi('nominations');
  officer = await api.as('canbo.vanphong.snv');
  secretary = await api.as('thuky.snv');
});
afterAll(() => api?.stop());

interface Detail {
  nomination: {
    id: string;
    version: number;
    state: string;
    unitId: string;
    organisationId: string;
    nominee: { name: string };
    form: { nominee: { fullName: string; unitId: string }; notes?: string };
  };
  eligibility?: {
    verdict: string;
    results: { ruleId: string; status: string; citation: string; message: string }[];
  };
  timeline: {
    seq: number;
    action: string;
    from: string | null;
    to: string;
    actor: { userId: string; role: string };
    reason?: string;
    data?: Record<string, unknown>;
  }[];
}

describe('a nomination draft', () => {
  it('is created in the caller’s unit and answered with every rule and its legal citation', async () => {
    const res = await createDraft(officer, aDraft());

    expect(res.body.nomination).toMatchObject({
      state: 'draft',
      version: 1,
      unitId: 'unit-snv-vp',
      organisationId: 'org-snv',
    });
    expect(res.body.eligibility.verdict).toBe('eligible');
    const ids = res.body.eligibility.results.map((r) => r.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['COMMON.subject', 'LDTT.task_rating', 'LDTT.recruitment']));
    for (const result of res.body.eligibility.results) expect(result.citation).toMatch(/\S/);
    expect(res.body.eligibility.results.find((r) => r.ruleId === 'LDTT.task_rating')?.citation).toMatch(
      /Điều 24/,
    );
  });

  it('shows a failing rule on the draft itself, with its citation', async () => {
    const res = await createDraft(
      officer,
      aDraft({ nominee: aPersonNominee('person-snv-04', { taskRating: 'HTNV' }) }),
    );

    expect(res.body.eligibility.verdict).toBe('ineligible');
    expect(res.body.eligibility.results).toContainEqual(
      expect.objectContaining({
        ruleId: 'LDTT.task_rating',
        status: 'failed',
        citation: expect.stringMatching(/Điều 24/),
      }),
    );
  });

  it('is read back with an ETag, its eligibility and its timeline', async () => {
    const { body } = await createDraft(officer);

    const res = await officer.get<Detail>(`/nominations/${body.nomination.id}`);

    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body.eligibility?.verdict).toBe('eligible');
    expect(res.body.timeline).toEqual([
      expect.objectContaining({
        seq: 1,
        action: 'create',
        from: null,
        to: 'draft',
        actor: expect.objectContaining({ role: 'unit_officer' }),
      }),
    ]);
  });

  it('is read with its timeline beside it, not after it', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    // The nomination's own item and its audit events: one partition, two requests.
    const ownPartition = ({ input }: SentCommand) => JSON.stringify(input).includes(`"NOM#${id}"`);
    let status = 0;
    const peak = await peakInFlight(ownPartition, async () => {
      status = (await officer.get(`/nominations/${id}`)).status;
    });

    expect(status).toBe(200);
    expect(peak).toBe(2);
  });

  it('stores NFD text as NFC and HTML in names as plain text', async () => {
    const nfd = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    const html = '<img src=x onerror=alert(1)> Lê <b>Văn</b>';
    const { body } = await createDraft(
      officer,
      aDraft({ nominee: aPersonNominee('person-snv-04', { fullName: nfd }), notes: html }),
    );

    const res = await officer.get<Detail>(`/nominations/${body.nomination.id}`);

    expect(res.body.nomination.form.nominee.fullName).toBe('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
    expect(res.body.nomination.nominee.name).not.toBe(nfd);
    expect(res.body.nomination.form.notes).toBe(html);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('is edited as an audited change under the version the caller read', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;

    const edited = await officer.put<{ nomination: { version: number; year: number } }>(
      `/nominations/${id}`,
      aDraft({ notes: 'Bổ sung thành tích quý IV.' }),
      { headers: { 'if-match': '"1"' } },
    );
    const stale = await officer.put(`/nominations/${id}`, aDraft({ notes: 'Bản cũ' }), {
      headers: { 'if-match': '"1"' },
    });
    const read = await officer.get<Detail>(`/nominations/${id}`);

    expect(edited.status).toBe(200);
    expect(edited.headers.get('etag')).toBe('"2"');
    expect(stale.status).toBe(409);
    expect((stale.body as { error: { code: string } }).error.code).toBe('NOMINATION_VERSION_CONFLICT');
    expect(read.body.nomination.form.notes).toBe('Bổ sung thành tích quý IV.');
    expect(read.body.timeline.map((e) => e.action)).toEqual(['create', 'edit']);
    expect(read.body.timeline[1]?.data?.changed).toEqual(['dossier', 'notes']);
  });

  it('can no longer be edited once submitted', async () => {
    const id = await createSubmitted(officer);

    const res = await officer.put(`/nominations/${id}`, aDraft(), ifMatch(2));

    expect(res.status).toBe(409);
    expect((res.body as { error: { code: string } }).error.code).toBe('NOMINATION_NOT_DRAFT');
  });

  it('is discarded by its unit, and the trail stays', async () => {
    const { body } = await createDraft(officer);

    const res = await officer.post<{ state: string }>(`/nominations/${body.nomination.id}/discard`);
    const read = await officer.get<Detail>(`/nominations/${body.nomination.id}`);

    expect(res.status).toBe(200);
    expect(res.body.state).toBe('withdrawn');
    expect(read.body.timeline.map((e) => e.action)).toEqual(['create', 'discard']);
  });
});

describe('the route from the unit to the secretariat', () => {
  it('goes draft → submitted → accepted, each step on the timeline', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;

    const submitted = await officer.post<{ state: string; version: number }>(
      `/nominations/${id}/submit`,
      undefined,
      {
        headers: { 'if-match': '"1"' },
      },
    );
    const accepted = await secretary.post<{ state: string; version: number }>(
      `/nominations/${id}/accept`,
      undefined,
      {
        headers: { 'if-match': '"2"' },
      },
    );
    const read = await officer.get<Detail>(`/nominations/${id}`);

    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', version: 2 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', version: 3 });
    expect(read.body.timeline.map((e) => [e.action, e.from, e.to, e.actor.role])).toEqual([
      ['create', null, 'draft', 'unit_officer'],
      ['submit', 'draft', 'submitted', 'unit_officer'],
      ['accept', 'submitted', 'accepted', 'council_secretary'],
    ]);
  });

  it('refuses a submission under a stale If-Match with 409', async () => {
    const { body } = await createDraft(officer);
    await officer.put(
      `/nominations/${body.nomination.id}`,
      aDraft({ notes: 'Sửa' }),
      ifMatch(body.nomination.version),
    );

    const res = await officer.post(`/nominations/${body.nomination.id}/submit`, undefined, {
      headers: { 'if-match': '"1"' },
    });

    expect(res.status).toBe(409);
    expect((res.body as { error: { code: string } }).error.code).toBe('NOMINATION_VERSION_CONFLICT');
  });

  it('lets the unit withdraw with a reason, shown on the timeline', async () => {
    const id = await createSubmitted(officer);

    const res = await officer.post<{ state: string }>(`/nominations/${id}/withdraw`, {
      reason: 'Cá nhân chuyển công tác.',
    });
    const read = await officer.get<Detail>(`/nominations/${id}`);

    expect(res.status).toBe(200);
    expect(res.body.state).toBe('withdrawn');
    expect(read.body.timeline.at(-1)).toMatchObject({
      action: 'withdraw',
      reason: 'Cá nhân chuyển công tác.',
    });
  });

  it('refuses a withdrawal without a reason', async () => {
    const id = await createSubmitted(officer);

    const res = await officer.post(`/nominations/${id}/withdraw`, { reason: '   ' });

    expect(res.status).toBe(400);
    expect((res.body as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe('body.reason');
  });
});

describe('lists and work queues', () => {
  it('lists the unit’s own nominations by state, a page at a time with an opaque cursor', async () => {
    const other = await api.as('canbo.ccvc.snv');
    const foreign = await createSubmitted(other, aDraft({ nominee: aPersonNominee('person-snv-07') }));
    const mine: string[] = [];
    for (let i = 0; i < 3; i++) mine.push(await createSubmitted(officer));

    const seen: { id: string; unitId: string; state: string }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await officer.get<{
        items: { id: string; unitId: string; state: string }[];
        cursor?: string;
      }>(`/nominations?state=submitted&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      expect(res.body.items[0] ?? {}).not.toHaveProperty('form');
      seen.push(...res.body.items);
      cursor = res.body.cursor;
      pages += 1;
    } while (cursor !== undefined && pages < 50);

    expect(pages).toBeGreaterThan(1);
    expect(seen.map((n) => n.id)).toEqual(expect.arrayContaining(mine));
    expect(seen.map((n) => n.id)).not.toContain(foreign);
    expect(seen.every((n) => n.unitId === 'unit-snv-vp' && n.state === 'submitted')).toBe(true);
  });

  it('filters the unit’s list by campaign and year', async () => {
    await createDraft(officer, aDraft({ year: 2025 }));

    const res = await officer.get<{ items: { year: number; campaignId?: string }[] }>(
      '/nominations?year=2025&campaignId=camp-snv-2026&limit=100',
    );

    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((n) => n.year === 2025 && n.campaignId === 'camp-snv-2026')).toBe(true);
  });

  it('refuses a cursor it did not issue', async () => {
    const res = await officer.get('/nominations?cursor=bm90LWEtY3Vyc29y');

    expect(res.status).toBe(400);
  });

  it('gives the secretariat its Sở’s submitted nominations, and nobody else’s', async () => {
    const id = await createSubmitted(officer);
    const stc = await api.as('canbo.vanphong.stc');
    const foreign = await createSubmitted(
      stc,
      aDraft({ campaignId: undefined, nominee: aPersonNominee('person-stc-01') }),
    );

    const res = await secretary.get<{ items: { id: string; organisationId: string }[] }>(
      '/queues/secretariat?limit=100',
    );

    expect(res.status).toBe(200);
    const ids = res.body.items.map((n) => n.id);
    expect(ids).toContain(id);
    expect(ids).not.toContain(foreign);
    expect(res.body.items.every((n) => n.organisationId === 'org-snv')).toBe(true);
  });

  it('shows the province nothing the Sở has not forwarded', async () => {
    await createSubmitted(officer);
    const province = await api.as('chuyenvien.tinh');

    const res = await province.get<{ items: unknown[] }>(
      '/queues/province?organisationId=org-snv&state=forwarded',
    );

    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });
});
