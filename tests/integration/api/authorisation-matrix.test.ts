/**
 * The authorisation matrix, generated from the route table: for every route, every role it does
 * not allow is refused (403); for every route that takes the id of something owned by a unit or an
 * organisation, callers of another unit and of another organisation are refused (404: another
 * tenant's id answers as a missing one). A positive control by the rightful owner proves that each
 * refusal is about who calls, not about a bad request or a missing fixture.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser, type LocalUser, signIn } from '../../../local/cognito/setup';
import { ROLES, type Role } from '../../../shared/domain/vocabulary';
import type { Route } from '../../../shared/http/route';
import { ROUTES } from '../../../shared/http/route-table';
import { makeDynamoNominationRepository } from '../../../shared/store';
import { startTestApi, type TestApi } from '../support/api';

const PASSWORD = 'Ma-tran-phan-quyen-2026';
const HOME = { orgId: 'org-snv', unitId: 'unit-snv-vp' };
const OTHER_UNIT = { orgId: 'org-snv', unitId: 'unit-snv-ccvc' };
const OTHER_ORG = { orgId: 'org-stc', unitId: 'unit-stc-vp' };
const PROVINCE = { orgId: 'org-ubnd' };
const PROVINCE_ROLES: readonly Role[] = ['province_officer', 'province_leader'];
const ORG_ROLES: readonly Role[] = ['council_secretary', 'council_member', 'director'];

type Place = 'home' | 'otherUnit' | 'otherOrg';
const REFUSED = [403, 404];

let api: TestApi;
const tokens = new Map<string, string>();

async function tokenOf(role: Role, place: Place): Promise<string> {
  const key = `${role}:${place}`;
  const cached = tokens.get(key);
  if (cached) return cached;
  const where = PROVINCE_ROLES.includes(role)
    ? PROVINCE
    : place === 'home'
      ? HOME
      : place === 'otherUnit'
        ? OTHER_UNIT
        : OTHER_ORG;
  const email = `${role.replace('_', '-')}.${place.toLowerCase()}@matrix.example.vn`;
  const user: LocalUser = {
    email,
    password: PASSWORD,
    name: `Ma trận ${role} ${place}`,
    roles: [role],
    orgId: where.orgId,
    ...(role === 'unit_officer' && 'unitId' in where ? { unitId: where.unitId as string } : {}),
  };
  await ensureUser(api.app.cognito, api.app.pool, user);
  const token = await signIn(api.app.cognito, api.app.pool, email, PASSWORD);
  tokens.set(key, token);
  return token;
}

/** Fresh resources owned by the home unit, one set per route so positive controls do not interfere. */
async function ownedIds(route: Route): Promise<Record<string, string>> {
  const nominations = makeDynamoNominationRepository({
    client: api.app.dynamodb,
    tableName: api.tableName,
    clock: { now: () => new Date() },
  });
  const draft = await nominations.create({
    id: `nom-matrix-${randomUUID().slice(0, 8)}`,
    state: 'draft',
    organisationId: HOME.orgId,
    unitId: HOME.unitId,
    campaignId: 'camp-snv-2026',
    awardCode: 'LDTT',
    subject: 'person',
    track: 'annual',
    year: 2026,
    nominee: { name: 'Phạm Quốc Huy', position: 'Chuyên viên' },
    form: {},
    event: { action: 'create', actor: { userId: 'matrix', role: 'unit_officer' } },
  });
  const byPrefix: Record<string, string> = {
    nominations: draft.id,
    campaigns: 'camp-snv-2026',
    units: HOME.unitId,
    organisations: HOME.orgId,
    people: 'person-snv-01',
  };
  const ids: Record<string, string> = {};
  const segments = route.path.split('/');
  segments.forEach((segment, i) => {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (!name) return;
    const owner = segments[i - 1] ?? '';
    const id = byPrefix[owner];
    if (id === undefined) throw new Error(`no fixture for {${name}} after /${owner} in ${route.path}`);
    ids[name] = id;
  });
  return ids;
}

async function call(route: Route, ids: Record<string, string>, token: string): Promise<number> {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name] ?? ''));
  const query = route.example?.query ? `?${new URLSearchParams(route.example.query)}` : '';
  const body = route.example?.body;
  const res = await fetch(`${api.url}${path}${query}`, {
    method: route.method,
    headers: {
      authorization: `Bearer ${token}`,
      'idempotency-key': randomUUID(),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined || route.method === 'GET' ? {} : { body: JSON.stringify(body) }),
  });
  await res.arrayBuffer();
  return res.status;
}

/** The role whose home user should get past authorisation for this route. */
function controlRole(route: Route): Role | undefined {
  const nonProvince = route.roles.find((role) => !PROVINCE_ROLES.includes(role));
  return nonProvince ?? route.roles[0];
}

beforeAll(async () => {
  api = await startTestApi('authz');
}, 120_000);
afterAll(() => api?.stop());

describe('the authorisation matrix of the route table', () => {
  it.each(ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s refuses every role it does not allow',
    async (_, route) => {
      const ids = await ownedIds(route);
      const wrongRoles = ROLES.filter((role) => !route.roles.includes(role));

      const statuses = await Promise.all(
        wrongRoles.map(async (role) => call(route, ids, await tokenOf(role, 'home'))),
      );

      expect(Object.fromEntries(wrongRoles.map((role, i) => [role, statuses[i]]))).toEqual(
        Object.fromEntries(wrongRoles.map((role) => [role, 403])),
      );
    },
  );

  const owned = ROUTES.filter((route) => route.ownedResource);
  it.each(owned.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s refuses callers of another unit and another organisation, and serves its owner',
    async (_, route) => {
      const ids = await ownedIds(route);
      const refusals: Record<string, number> = {};
      for (const role of route.roles) {
        if (PROVINCE_ROLES.includes(role)) {
          // One province per deployment: a province user's boundary is what was forwarded to it.
          if (route.path.startsWith('/nominations/'))
            refusals[`${role}@province`] = await call(route, ids, await tokenOf(role, 'home'));
          continue;
        }
        if (role === 'unit_officer')
          refusals[`${role}@otherUnit`] = await call(route, ids, await tokenOf(role, 'otherUnit'));
        if (role === 'unit_officer' || ORG_ROLES.includes(role)) {
          refusals[`${role}@otherOrg`] = await call(route, ids, await tokenOf(role, 'otherOrg'));
        }
      }
      const role = controlRole(route);
      const control = role ? await call(route, ids, await tokenOf(role, 'home')) : 0;

      for (const [who, status] of Object.entries(refusals))
        expect(REFUSED, `${who} got ${status}`).toContain(status);
      expect(
        [400, 401, 403, 404],
        `owner (${role}) got ${control}: add a valid example or a fixture`,
      ).not.toContain(control);
    },
  );
});
