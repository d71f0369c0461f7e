/**
 * Seating a council through the API: an admin seats users for a term, changes and ends terms at
 * the version they read, every change lands in the seat's change log in the same transaction,
 * and a meeting counts only the seats held on its day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDate } from '../../support/clock';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';
import { nominationIn } from '../support/council';

let api: TestApi;
let admin: ApiClient;
beforeAll(async () => {
  api = await startTestApi('council-seats');
  admin = await api.as('quantri');
}, 120_000);
afterAll(() => api?.stop());

interface Seat {
  memberId: string;
  seat: string;
  from?: string;
  until?: string;
  inForce: boolean;
  version: number;
  position?: string;
  unitId?: string;
}

let counter = 0;
/** A user the admin creates through the API, with a permanent password (not signed in here). */
async function newUser(roles: string[], organisationId: string, unitId?: string) {
  const res = await admin.post<{ id: string }>('/users', {
    email: `ghe.${Date.now()}.${++counter}@snv.example.vn`,
    name: `Thành viên Thử ${counter}`,
    roles,
    organisationId,
    ...(unitId ? { unitId } : {}),
    password: { value: 'Thanh-vien-2026', permanent: true },
  });
  if (res.status !== 201) throw new Error(`create user: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

const seatsOf = async (organisationId: string) =>
  (await admin.get<{ members: Seat[] }>(`/organisations/${organisationId}/council`)).body.members;

describe('seating the council of the Sở Nội vụ', () => {
  it('seats a member for a term from today, shown in force, with an ETag', async () => {
    const userId = await newUser(['council_member'], 'org-snv', 'unit-snv-ccvc');
    const res = await admin.post<Seat>('/organisations/org-snv/council/members', {
      userId,
      seat: 'member',
      position: 'Phó Trưởng phòng Công chức, viên chức',
      from: testDate(0),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({
      memberId: userId,
      seat: 'member',
      unitId: 'unit-snv-ccvc',
      inForce: true,
    });
    expect((await seatsOf('org-snv')).find((s) => s.memberId === userId)).toMatchObject({
      from: testDate(0),
      inForce: true,
      version: 1,
    });

    const again = await admin.post('/organisations/org-snv/council/members', {
      userId,
      seat: 'member',
      from: testDate(0),
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'ALREADY_SEATED' } });
  });

  it('refuses a user of another Sở, a user without the role, and a term that ends before it starts', async () => {
    const elsewhere = await newUser(['council_member'], 'org-stc', 'unit-stc-vp');
    const noRole = await newUser(['unit_officer'], 'org-snv', 'unit-snv-vp');
    const seat = (body: Record<string, unknown>) =>
      admin.post<{ error: { issues: { path: string; code: string }[] } }>(
        '/organisations/org-snv/council/members',
        {
          seat: 'member',
          from: testDate(0),
          ...body,
        },
      );

    const other = await seat({ userId: elsewhere });
    const role = await seat({ userId: noRole });
    const term = await seat({ userId: noRole, seat: 'member', from: testDate(5), until: testDate(1) });

    expect(other.status).toBe(400);
    expect(other.body.error.issues).toMatchObject([{ path: 'body.userId', code: 'other_organisation' }]);
    expect(role.status).toBe(400);
    expect(role.body.error.issues).toMatchObject([{ path: 'body.seat', code: 'role_missing' }]);
    expect(term.status).toBe(400);
    expect(term.body.error.issues).toMatchObject([{ path: 'body.until', code: 'term_order' }]);
  });

  it('lets only the admin seat anyone', async () => {
    const secretary = await api.as('thuky.snv');
    const res = await secretary.post('/organisations/org-snv/council/members', {
      userId: 'x',
      seat: 'member',
      from: testDate(0),
    });
    expect(res.status).toBe(403);
  });

  it('ends a term at the version read (428 without, 409 when stale), and logs who changed what', async () => {
    const userId = await newUser(['council_member'], 'org-snv', 'unit-snv-tcbc');
    await admin.post('/organisations/org-snv/council/members', {
      userId,
      seat: 'member',
      from: testDate(-30),
    });
    const path = `/organisations/org-snv/council/members/${userId}`;

    expect((await admin.patch(path, { position: 'Ủy viên' })).status).toBe(428);
    const moved = await admin.patch<Seat>(
      path,
      { seat: 'vice_chair', position: 'Phó Giám đốc Sở' },
      ifMatch(1),
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ seat: 'vice_chair', version: 2 });
    const stale = await admin.patch(path, { until: testDate(-1) }, ifMatch(1));
    expect(stale.status).toBe(409);
    const ended = await admin.patch<Seat>(path, { until: testDate(-1) }, ifMatch(2));
    expect(ended.body).toMatchObject({ until: testDate(-1), inForce: false, version: 3 });

    const log = await admin.get<{
      items: { action: string; actor: { name?: string }; before?: Seat; after: Seat }[];
    }>(`${path}/changes`);
    expect(log.status).toBe(200);
    expect(log.body.items.map((c) => c.action)).toEqual(['create', 'update', 'update']);
    expect(log.body.items[1]).toMatchObject({
      actor: { name: 'Quản trị hệ thống' },
      before: { seat: 'member' },
      after: { seat: 'vice_chair', position: 'Phó Giám đốc Sở' },
    });
    expect(log.body.items[2]?.after.until).toBe(testDate(-1));
    expect(log.body.items[2]?.before).not.toHaveProperty('until');

    // Seated again: `until: null` reopens the term.
    const back = await admin.patch<Seat>(path, { until: null, from: testDate(0) }, ifMatch(3));
    expect(back.body).toMatchObject({ inForce: true, from: testDate(0) });
    expect(back.body).not.toHaveProperty('until');
  });

  it('counts only the seats held on the meeting day toward its members and quorum', async () => {
    const leaving = await newUser(['council_member'], 'org-snv', 'unit-snv-tcbc');
    await admin.post('/organisations/org-snv/council/members', {
      userId: leaving,
      seat: 'member',
      from: testDate(-60),
    });
    const future = await newUser(['council_member'], 'org-snv', 'unit-snv-tcbc');
    await admin.post('/organisations/org-snv/council/members', {
      userId: future,
      seat: 'member',
      from: testDate(10),
    });
    await admin.patch(
      `/organisations/org-snv/council/members/${leaving}`,
      { until: testDate(-1) },
      ifMatch(1),
    );

    const nomination = await nominationIn(api, { awardCode: 'LDTT' });
    const secretary = await api.as('thuky.snv');
    const inForce = (await seatsOf('org-snv')).filter((s) => s.inForce && s.seat !== 'secretary');
    const res = await secretary.post<{ members: { memberId: string }[] }>('/council/meetings', {
      nominationIds: [nomination.id],
      present: inForce.map((s) => s.memberId),
    });
    expect(res.status).toBe(201);
    const ids = res.body.members.map((m) => m.memberId);
    expect(ids).not.toContain(leaving);
    expect(ids).not.toContain(future);
    expect(ids.sort()).toEqual(inForce.map((s) => s.memberId).sort());

    const refused = await secretary.post<{ error: { issues: { code: string }[] } }>('/council/meetings', {
      nominationIds: [(await nominationIn(api, { awardCode: 'LDTT' })).id],
      present: [leaving],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues).toMatchObject([{ code: 'unknown_member' }]);
  });
});

describe('seating the provincial council', () => {
  it('seats the head of another Sở on the province organisation’s council', async () => {
    const head = await newUser(['council_member'], 'org-stc');
    const res = await admin.post<Seat>('/organisations/org-ubnd/council/members', {
      userId: head,
      seat: 'member',
      position: 'Giám đốc Sở Tài chính',
      from: testDate(0),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ seat: 'member', inForce: true });
  });
});
