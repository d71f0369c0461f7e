import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';
import { aDraft, aPersonNominee, createDraft, createSubmitted } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
beforeAll(async () => {
  api = await startTestApi('nominations-input');
  officer = await api.as('canbo.vanphong.snv');
});
afterAll(() => api?.stop());

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; code: string; message: string }[] };
}
const paths = (body: unknown) => ((body as ErrorBody).error.issues ?? []).map((i) => i.path);

describe('bad input on the draft routes', () => {
  it.each(['state', 'version', 'decidedBy', 'unitId', 'organisationId'])(
    'refuses a posted %s with 400 naming the field',
    async (field) => {
      const res = await officer.post('/nominations', { ...aDraft(), [field]: 'x' });

      expect(res.status).toBe(400);
      expect(paths(res.body)).toContain(`body.${field}`);
    },
  );

  it('refuses wrong types and over-long strings, naming each field', async () => {
    const draft = aDraft({ nominee: aPersonNominee('person-snv-04', { fullName: 'A'.repeat(121) }) });

    const res = await officer.post('/nominations', { ...draft, year: '2026', subject: 42 });

    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(
      expect.arrayContaining(['body.year', 'body.subject', 'body.nominee.fullName']),
    );
    for (const issue of (res.body as ErrorBody).error.issues ?? []) expect(issue.message).toMatch(/\S/);
  });

  it('refuses a nominee of another unit and a person of another unit with 400', async () => {
    const otherUnit = await officer.post(
      '/nominations',
      aDraft({ nominee: aPersonNominee('person-snv-04', { unitId: 'unit-snv-ccvc' }) }),
    );
    const otherPerson = await officer.post(
      '/nominations',
      aDraft({ nominee: aPersonNominee('person-snv-06') }),
    );

    expect(otherUnit.status).toBe(400);
    expect(paths(otherUnit.body)).toContain('body.nominee.unitId');
    expect(otherPerson.status).toBe(400);
    expect(paths(otherPerson.body)).toContain('body.nominee.personId');
  });

  it('refuses another Sở’s campaign as an unknown one', async () => {
    const stc = await api.as('canbo.vanphong.stc');

    const res = await stc.post('/nominations', aDraft({ nominee: aPersonNominee('person-stc-01') }));

    expect(res.status).toBe(400);
    expect(paths(res.body)).toContain('body.campaignId');
  });

  it('refuses a body on an action that takes none when it tries to set the state', async () => {
    const { body } = await createDraft(officer);

    const res = await officer.post(`/nominations/${body.nomination.id}/submit`, { state: 'accepted' });

    expect(res.status).toBe(400);
    expect(paths(res.body)).toContain('body.state');
  });
});

describe('idempotency of the POST routes', () => {
  it('refuses a POST without an Idempotency-Key', async () => {
    const res = await officer.post('/nominations', aDraft(), { idempotencyKey: null });

    expect(res.status).toBe(400);
    expect(paths(res.body)).toContain('headers.idempotency-key');
  });

  it('answers a retried POST with the first answer and records one event', async () => {
    const { body } = await createDraft(officer);
    const key = `retry-${body.nomination.id}`;

    const first = await officer.post(`/nominations/${body.nomination.id}/submit`, undefined, {
      idempotencyKey: key,
    });
    const again = await officer.post(`/nominations/${body.nomination.id}/submit`, undefined, {
      idempotencyKey: key,
    });
    const timeline = await officer.get<{ events: { action: string }[] }>(
      `/nominations/${body.nomination.id}/timeline`,
    );

    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(timeline.body.events.filter((e) => e.action === 'submit')).toHaveLength(1);
  });

  it('creates one draft for a retried creation', async () => {
    const key = 'create-once-0001';
    const draft = aDraft({ notes: 'Tạo một lần' });

    const first = await officer.post<{ nomination: { id: string } }>('/nominations', draft, {
      idempotencyKey: key,
    });
    const again = await officer.post<{ nomination: { id: string } }>('/nominations', draft, {
      idempotencyKey: key,
    });

    expect(first.status).toBe(201);
    expect(again.body.nomination.id).toBe(first.body.nomination.id);
  });

  it('refuses the same key with another body with 409', async () => {
    const id = await createSubmitted(officer);
    const key = `withdraw-${id}`;

    await officer.post(`/nominations/${id}/withdraw`, { reason: 'Lý do thứ nhất' }, { idempotencyKey: key });
    const res = await officer.post(
      `/nominations/${id}/withdraw`,
      { reason: 'Lý do khác' },
      { idempotencyKey: key },
    );

    expect(res.status).toBe(409);
    expect((res.body as ErrorBody).error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('tenancy and roles on every nomination route', () => {
  const routes = (id: string) =>
    [
      ['get', `/nominations/${id}`],
      ['put', `/nominations/${id}`, aDraft()],
      ['post', `/nominations/${id}/submit`],
      ['post', `/nominations/${id}/resubmit`, { dossier: aDraft().dossier }],
      ['post', `/nominations/${id}/withdraw`, { reason: 'Rút' }],
      ['post', `/nominations/${id}/discard`],
      ['post', `/nominations/${id}/accept`],
      ['post', `/nominations/${id}/return`, { reason: 'Thiếu', items: [{ kind: 'other', reason: 'Thiếu' }] }],
      ['get', `/nominations/${id}/timeline`],
      ['get', `/nominations/${id}/audit/verify`],
    ] as const;

  const call = (client: ApiClient, [method, path, body]: readonly [string, string, unknown?]) =>
    method === 'get'
      ? client.get(path)
      : method === 'put'
        ? client.put(path, body, ifMatch(1))
        : client.post(path, body);

  it('answers 404 to another unit, another Sở and an unknown id, never the data', async () => {
    const id = await createSubmitted(officer);
    const callers = [await api.as('canbo.ccvc.snv'), await api.as('canbo.vanphong.stc')];
    const stcSecretary = await api.as('chuyenvien.tinh');

    for (const caller of callers) {
      for (const route of routes(id)) {
        if (route[1].endsWith('/accept') || route[1].endsWith('/return')) continue;
        const res = await call(caller, route);
        expect(res.status, `${caller.user.email} ${route[0]} ${route[1]}`).toBe(404);
        expect(JSON.stringify(res.body)).not.toContain('Phạm Quốc Huy');
      }
    }
    for (const route of routes(id).filter(([method]) => method === 'get')) {
      expect((await call(stcSecretary, route)).status).toBe(404);
    }
    for (const route of routes('01UNKNOWNID000000000000000')) {
      const caller =
        route[1].endsWith('/accept') || route[1].endsWith('/return') ? await api.as('thuky.snv') : officer;
      expect((await call(caller, route)).status, route[1]).toBe(404);
    }
  });

  it('answers the province 403 on secretariat actions and 404 before the Sở forwards', async () => {
    const id = await createSubmitted(officer);
    const province = await api.as('chuyenvien.tinh');

    expect((await province.post(`/nominations/${id}/accept`)).status).toBe(403);
    expect((await province.get(`/nominations/${id}`)).status).toBe(404);
  });

  it('answers 403 to roles that may never take the action', async () => {
    const id = await createSubmitted(officer);
    const secretary = await api.as('thuky.snv');
    const admin = await api.as('quantri');
    const leader = await api.as('chutich.tinh');

    expect((await secretary.post(`/nominations/${id}/withdraw`, { reason: 'Rút' })).status).toBe(403);
    expect((await secretary.post('/nominations', aDraft())).status).toBe(403);
    expect((await admin.get(`/nominations/${id}`)).status).toBe(403);
    expect((await leader.get('/queues/secretariat')).status).toBe(403);
    expect((await officer.get('/queues/council')).status).toBe(403);
    expect((await officer.get('/queues/province?organisationId=org-snv')).status).toBe(403);
    expect((await officer.get('/secretariat/quota-use?year=2026')).status).toBe(403);
  });
});
