import { describe, expect, it } from 'vitest';
import { routeAccess } from '../../../infra/access';
import { apiFunctions, functionNameOf, USERS_FUNCTION, unionAccess } from '../../../infra/api-functions';
import { ROUTE_AREAS, ROUTES } from '../../../shared/http/route-table';

const FUNCTIONS = apiFunctions(ROUTE_AREAS);

describe('the API functions (the deployed topology, docs/performance.md)', () => {
  it('serves every route of the table exactly once', () => {
    const served = FUNCTIONS.flatMap((fn) => fn.routes.map((route) => route.id));
    expect(served.sort()).toEqual(ROUTES.map((route) => route.id).sort());
  });

  it("puts an area's reads in `<area>-read` and its writes in `<area>`", () => {
    const nominations = FUNCTIONS.find((fn) => fn.name === 'nominations');
    const reads = FUNCTIONS.find((fn) => fn.name === 'nominations-read');
    expect(nominations?.routes.every((route) => route.method !== 'GET')).toBe(true);
    expect(reads?.routes.every((route) => route.method === 'GET')).toBe(true);
    expect(reads?.access.table).toBe('read');
    expect(reads?.access.idempotency).toBe(false);
    expect(nominations?.access.table).toBe('read-write');
  });

  it('gathers every route that reaches the user pool, whatever its area, in the user directory functions', () => {
    expect(functionNameOf({ id: 'seat-council-member', method: 'POST', idempotent: true }, 'council')).toBe(
      USERS_FUNCTION,
    );
    expect(functionNameOf({ id: 'list-users', method: 'GET', idempotent: false }, 'directory')).toBe(
      `${USERS_FUNCTION}-read`,
    );
    expect(functionNameOf({ id: 'create-person', method: 'POST', idempotent: true }, 'directory')).toBe(
      'directory',
    );
    const users = FUNCTIONS.find((fn) => fn.name === USERS_FUNCTION);
    expect(users?.access.users).toBe('manage');
    expect(FUNCTIONS.find((fn) => fn.name === `${USERS_FUNCTION}-read`)?.access.users).toBe('read');
    for (const fn of FUNCTIONS.filter((f) => !f.name.startsWith(USERS_FUNCTION)))
      expect(fn.access.users, fn.name).toBe('none');
  });

  it("grants a function the union of its routes' access, and nothing more", () => {
    for (const fn of FUNCTIONS) {
      const accesses = fn.routes.map((route) => routeAccess(route));
      expect(fn.access.idempotency).toBe(accesses.some((a) => a.idempotency));
      expect(new Set(fn.access.files ?? [])).toEqual(new Set(accesses.flatMap((a) => a.files ?? [])));
      expect(new Set(fn.access.ballots ?? [])).toEqual(new Set(accesses.flatMap((a) => a.ballots ?? [])));
      expect(fn.access.sendMail).toBe(false);
    }
  });

  it('unions two accesses by taking the larger of each grant', () => {
    expect(
      unionAccess(
        { table: 'read', idempotency: false, sendMail: false, users: 'read', files: ['read-dossier'] },
        {
          table: 'read-write',
          idempotency: true,
          sendMail: false,
          users: 'none',
          files: ['upload', 'read-dossier'],
          ballots: ['cast'],
          auditAnchors: 'read',
        },
      ),
    ).toEqual({
      table: 'read-write',
      idempotency: true,
      sendMail: false,
      users: 'read',
      files: ['read-dossier', 'upload'],
      ballots: ['cast'],
      auditAnchors: 'read',
    });
  });
});

describe('idempotent routes that act outside DynamoDB', () => {
  // A request run ahead of its change (shared/store/dynamo/request-claim.ts) may run twice; only
  // its DynamoDB writes are held back, so a route that changes Cognito must not be run ahead.
  it('are never run ahead of their change', async () => {
    const { readFile } = await import('node:fs/promises');
    const changingUsers = ROUTES.filter((route) => route.idempotent && routeAccess(route).users === 'manage');
    expect(changingUsers.map((route) => route.id).sort()).toEqual([
      'create-user',
      'disable-user',
      'enable-user',
      'reset-user-mfa',
    ]);
    for (const route of changingUsers) {
      const source = await readFile(new URL(`../../../functions/${route.id}.ts`, import.meta.url), 'utf8');
      expect(source, route.id).toContain('runAhead: false');
    }
    expect(ROUTES.filter((route) => route.idempotent && routeAccess(route).files)).toEqual([]);
  });

  it('nor are the routes that issue a numbered document (their use case retries the number)', async () => {
    const { readFile } = await import('node:fs/promises');
    const issuing = [];
    for (const route of ROUTES.filter((r) => r.idempotent)) {
      const source = await readFile(new URL(`../../../functions/${route.id}.ts`, import.meta.url), 'utf8');
      const usesCase = /from '\.\.\/shared\/app\/decisions\/([a-z-]+)'/.exec(source)?.[1];
      if (usesCase && ['sign-decision', 'revoke-decision', 'forward-nominations'].includes(usesCase)) {
        issuing.push(route.id);
        expect(source, route.id).toContain('runAhead: false');
      }
    }
    expect(issuing.sort()).toEqual(['forward-nominations', 'revoke-decision', 'sign-decision']);
  });
});
