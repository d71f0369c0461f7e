/**
 * Every directory change is logged with the change itself, in one transaction: organisations,
 * units, people (moves and leaving included) and awards of a person's history, each with who,
 * when, before and after; a refused change (stale version) logs nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let admin: ApiClient;
beforeAll(async () => {
  api = await startTestApi('directory-changes');
  admin = await api.as('quantri');
}, 120_000);
afterAll(() => api?.stop());

interface Change {
  action: 'create' | 'update';
  at: string;
  actor: { userId: string; name?: string };
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
}

const changesOf = async (entity: string, id: string) =>
  (await admin.get<{ items: Change[] }>(`/registry-changes?entity=${entity}&id=${encodeURIComponent(id)}`))
    .body.items;

describe('the change log of the directory', () => {
  it('logs an organisation and a unit created and renamed, with who, before and after', async () => {
    const org = await admin.post<{ id: string; version: number }>('/organisations', {
      code: 'SYT',
      name: 'Sở Y tế tỉnh Hà Tĩnh',
    });
    expect(org.status).toBe(201);
    const renamed = await admin.patch(
      `/organisations/${org.body.id}`,
      { name: 'Sở Y tế' },
      ifMatch(org.body.version),
    );
    expect(renamed.status).toBe(200);
    const stale = await admin.patch(`/organisations/${org.body.id}`, { name: 'Sở Y tế (cũ)' }, ifMatch(1));
    expect(stale.status).toBe(409);

    const log = await changesOf('organisation', org.body.id);
    expect(log.map((c) => c.action)).toEqual(['create', 'update']);
    expect(log[0]).toMatchObject({ actor: { name: 'Quản trị hệ thống' }, after: { code: 'SYT' } });
    expect(log[1]).toMatchObject({
      before: { name: 'Sở Y tế tỉnh Hà Tĩnh' },
      after: { name: 'Sở Y tế' },
    });

    const unit = await admin.post<{ id: string; version: number }>(`/organisations/${org.body.id}/units`, {
      name: 'Phòng Tổ chức cán bộ',
    });
    await admin.patch(`/units/${unit.body.id}`, { name: 'Phòng Tổ chức – Hành chính' }, ifMatch(1));
    expect((await changesOf('unit', unit.body.id)).map((c) => [c.action, c.after.name])).toEqual([
      ['create', 'Phòng Tổ chức cán bộ'],
      ['update', 'Phòng Tổ chức – Hành chính'],
    ]);
  });

  it('logs staff: added by their unit, moved by the admin only, leaving with the day they left', async () => {
    const officer = await api.as('canbo.vanphong.snv');
    const created = await officer.post<{ id: string; version: number }>('/units/unit-snv-vp/persons', {
      fullName: 'Đoàn Thị Ngọc Ánh',
      position: 'Chuyên viên',
      gender: 'female',
      startedOn: '2019-08-01',
      email: 'ngocanh.snv@hatinh.tdkt.example.vn',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;

    const officerMove = await officer.patch(`/persons/${id}`, { unitId: 'unit-snv-ccvc' }, ifMatch(1));
    expect(officerMove.status).toBe(403);
    const elsewhere = await admin.patch<{ error: { issues: { path: string }[] } }>(
      `/persons/${id}`,
      { unitId: 'unit-stc-vp' },
      ifMatch(1),
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.issues.map((i) => i.path)).toEqual(['body.unitId']);
    const moved = await admin.patch<{ unitId: string; version: number }>(
      `/persons/${id}`,
      { unitId: 'unit-snv-ccvc' },
      ifMatch(1),
    );
    expect(moved.body).toMatchObject({ unitId: 'unit-snv-ccvc', version: 2 });
    expect(
      (await officer.get<{ items: { id: string }[] }>('/units/unit-snv-ccvc/persons?limit=100')).status,
    ).toBe(404);
    const ccvc = await api.as('canbo.ccvc.snv');
    const listed = await ccvc.get<{ items: { id: string }[] }>('/units/unit-snv-ccvc/persons?limit=100');
    expect(listed.body.items.map((p) => p.id)).toContain(id);
    const early = await ccvc.patch(`/persons/${id}`, { leftOn: '2018-12-31' }, ifMatch(2));
    expect(early.status).toBe(400);
    const left = await ccvc.patch<{ leftOn: string }>(`/persons/${id}`, { leftOn: '2026-10-31' }, ifMatch(2));
    expect(left.body.leftOn).toBe('2026-10-31');

    const log = await changesOf('person', id);
    expect(log.map((c) => c.action)).toEqual(['create', 'update', 'update']);
    expect(log[0]?.actor.name).toBe('Nguyễn Văn An');
    expect(log[1]).toMatchObject({ before: { unitId: 'unit-snv-vp' }, after: { unitId: 'unit-snv-ccvc' } });
    expect(log[2]).toMatchObject({ after: { leftOn: '2026-10-31' } });
    expect(log[2]?.before).not.toHaveProperty('leftOn');
  });

  it('logs an award entered into a person’s history', async () => {
    const secretary = await api.as('thuky.snv');
    const res = await secretary.post('/persons/person-snv-05/awards', {
      year: 2022,
      awardCode: 'LDTT',
      track: 'annual',
      decisionNumber: '30/QĐ-SNV',
      decidedOn: '2022-12-28',
    });
    expect(res.status).toBe(201);
    const log = await changesOf('award', 'person-snv-05/2022-LDTT-dec-2022-30-qd-snv');
    expect(log).toMatchObject([
      { action: 'create', actor: { name: 'Trần Thị Cúc' }, after: { awardCode: 'LDTT', year: 2022 } },
    ]);
  });

  it('shows the log to the admin only', async () => {
    const secretary = await api.as('thuky.snv');
    expect((await secretary.get('/registry-changes?entity=organisation&id=org-snv')).status).toBe(403);
  });
});
