/**
 * Users linked to staff: the admin ties a staff record to the account its person signs in with,
 * one account to one person of the same organisation, audited; a council seat's holder linked to
 * a person stands aside from that person's nomination even when the seat is of another unit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';
import { councilMemberIds, nominationIn, openMeeting } from '../support/council';

let api: TestApi;
let admin: ApiClient;
let members: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi('account-link');
  admin = await api.as('quantri');
  members = await councilMemberIds(api);
}, 120_000);
afterAll(() => api?.stop());

interface PersonBody {
  person: { id: string; userId?: string; version: number };
}
interface ErrorBody {
  error: { code: string; issues?: { path: string }[] };
}

const personOf = async (id: string) => (await admin.get<PersonBody>(`/persons/${id}`)).body.person;

describe('linking a staff record to a user account', () => {
  it('links, audits, and refuses the same account for a second person (409)', async () => {
    const userId = members['hoidong3.snv'] ?? '';
    const before = await personOf('person-snv-08');

    const linked = await admin.put<{ userId: string; version: number }>(
      '/persons/person-snv-08/account',
      { userId },
      ifMatch(before.version),
    );
    const second = await admin.put<ErrorBody>(
      '/persons/person-snv-09/account',
      { userId },
      ifMatch((await personOf('person-snv-09')).version),
    );
    const log = await admin.get<{
      items: { before?: Record<string, unknown>; after: Record<string, unknown> }[];
    }>('/registry-changes?entity=person&id=person-snv-08');

    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ userId, version: before.version + 1 });
    expect((await personOf('person-snv-08')).userId).toBe(userId);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('ACCOUNT_ALREADY_LINKED');
    expect((await personOf('person-snv-09')).userId).toBeUndefined();
    expect(log.body.items.at(-1)).toMatchObject({ after: { userId } });
    expect(log.body.items.at(-1)?.before).not.toHaveProperty('userId');
  });

  it("stands the linked holder aside from their own nomination, though their seat is another unit's", async () => {
    // hoidong3's seat is of unit-snv-tcbc; the nominee (linked above) works in unit-snv-ttlt.
    const n = await nominationIn(api, {
      awardCode: 'LDTT',
      unitId: 'unit-snv-ttlt',
      personId: 'person-snv-08',
    });
    const { id } = await openMeeting(api, [n.id]);

    const own = await (await api.as('hoidong3.snv')).post<ErrorBody>(`/council/meetings/${id}/votes`, {
      nominationId: n.id,
      choice: 'approve',
    });

    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('COUNCIL_MEMBER_RECUSED');
  });

  it('unlinks, after which the account may be linked to another person', async () => {
    const userId = members['hoidong3.snv'] ?? '';
    const unlinked = await admin.put<{ userId?: string }>(
      '/persons/person-snv-08/account',
      { userId: null },
      ifMatch((await personOf('person-snv-08')).version),
    );
    const relinked = await admin.put(
      '/persons/person-snv-09/account',
      { userId },
      ifMatch((await personOf('person-snv-09')).version),
    );

    expect(unlinked.status).toBe(200);
    expect(unlinked.body).not.toHaveProperty('userId');
    expect(relinked.status).toBe(200);
  });

  it("refuses another organisation's account (400 naming it), a stale version (409), and anyone but the admin (403)", async () => {
    const stc = await admin.post<{ id: string }>('/users', {
      email: `ke.toan.${Date.now()}@stc.example.vn`,
      name: 'Kế toán Sở Tài chính',
      roles: ['unit_officer'],
      organisationId: 'org-stc',
      unitId: 'unit-stc-vp',
      password: { value: 'Ke-toan-2026', permanent: true },
    });
    const person = await personOf('person-snv-07');

    const otherOrg = await admin.put<ErrorBody>(
      '/persons/person-snv-07/account',
      { userId: stc.body.id },
      ifMatch(person.version),
    );
    const stale = await admin.put<ErrorBody>(
      '/persons/person-snv-07/account',
      { userId: members['hoidong2.snv'] },
      ifMatch(person.version + 5),
    );
    const notAdmin = await (await api.as('thuky.snv')).put(
      '/persons/person-snv-07/account',
      { userId: null },
      ifMatch(1),
    );

    expect(otherOrg.status).toBe(400);
    expect(otherOrg.body.error.issues?.map((i) => i.path)).toEqual(['body.userId']);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect(notAdmin.status).toBe(403);
  });
});
