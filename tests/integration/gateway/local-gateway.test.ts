import { CreateUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { makeIdTokenClaimsCompleter } from '../../../local/cognito/id-token-claims';
import { type RunningGateway, startGateway } from '../../../local/gateway/server';
import { httpHandler } from '../../../shared/http/http-handler';
import { defineRoute } from '../../../shared/http/route';
import { cognitoClient, freshUserPool, tokenFor } from '../support/cognito';

const whoAmI = defineRoute({
  id: 'who-am-i',
  method: 'POST',
  path: '/units/{unitId}/echo',
  roles: ['unit_officer'],
  summary: 'test route',
  idempotent: false,
  ownedResource: false,
  successStatus: 200,
  response: z.object({ principal: z.unknown(), params: z.unknown(), body: z.unknown() }),
  params: z.strictObject({ unitId: z.string().check(z.maxLength(40)) }),
  body: z.strictObject({ note: z.string().check(z.maxLength(20)) }),
});
const handler = httpHandler(whoAmI, async ({ principal, params, body }) => ({ principal, params, body }));

/** A route whose handler drifts from its response schema: one field more than it declares. */
const drifting = defineRoute({
  id: 'drifting-answer',
  method: 'GET',
  path: '/units/{unitId}/drift',
  roles: ['unit_officer'],
  summary: 'test route',
  idempotent: false,
  ownedResource: false,
  successStatus: 200,
  response: z.object({ unitId: z.string() }),
  params: z.strictObject({ unitId: z.string().check(z.maxLength(40)) }),
});
const drift = { unitId: 'unit-vp', dateOfBirth: '1980-01-01' };
const driftingHandler = httpHandler(drifting, async () => drift);

let gateway: RunningGateway;
let officerToken: string;
let directorToken: string;
let pool: Awaited<ReturnType<typeof freshUserPool>>;

beforeAll(async () => {
  pool = await freshUserPool('gateway');
  gateway = await startGateway({
    routes: [whoAmI, drifting],
    loadHandler: async (route) => (route.id === drifting.id ? driftingHandler : handler),
    jwt: { issuer: pool.issuer, audience: pool.clientId },
    completeClaims: makeIdTokenClaimsCompleter(cognitoClient(), pool),
  });
  officerToken = await tokenFor(pool, {
    email: 'can-bo@so-noi-vu.example.vn',
    name: 'Nguyễn Thị Lan',
    roles: ['unit_officer'],
    orgId: 'org-snv',
    unitId: 'unit-vp',
  });
  directorToken = await tokenFor(pool, {
    email: 'giam-doc@so-noi-vu.example.vn',
    name: 'Phan Văn Hòa',
    roles: ['director'],
    orgId: 'org-snv',
  });
});
afterAll(() => gateway?.stop());

const post = (token: string | undefined, body: unknown, path = '/units/unit-vp/echo') =>
  fetch(`${gateway.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('the local gateway', () => {
  it("fails an answer that carries a field its route's response schema does not declare (500, never sent)", async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const res = await fetch(`${gateway.url}/units/unit-vp/drift`, {
      headers: { authorization: `Bearer ${officerToken}` },
    });

    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('1980-01-01');
    expect(String(errors.mock.calls[0]?.[1])).toContain('does not declare: dateOfBirth');
    errors.mockRestore();
  });

  it('runs the handler with the claims API Gateway would pass, groups and custom attributes included', async () => {
    const res = await post(officerToken, { note: 'xin chào' });

    expect(res.status).toBe(200);
    const body = (await res.json()) as { principal: Record<string, unknown>; params: unknown };
    expect(body.principal).toMatchObject({ roles: ['unit_officer'], orgId: 'org-snv', unitId: 'unit-vp' });
    expect(body.params).toEqual({ unitId: 'unit-vp' });
  });

  it("passes the user's name, which an ID token from AWS carries and cognito-local's leaves out", async () => {
    const claims = JSON.parse(Buffer.from(officerToken.split('.')[1] ?? '', 'base64url').toString('utf8'));

    const res = await post(officerToken, { note: 'tên' });

    expect(claims).not.toHaveProperty('name');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { principal: Record<string, unknown> };
    expect(body.principal).toMatchObject({
      userId: claims.sub,
      name: 'Nguyễn Thị Lan',
      roles: ['unit_officer'],
    });
  });

  it('answers 401 without a token, with a tampered token and with a token for another app client', async () => {
    const [header, payload, signature] = officerToken.split('.');
    const forged = Buffer.from(payload ?? '', 'base64url')
      .toString('utf8')
      .replace('unit_officer', 'admin');
    const tampered = [header, Buffer.from(forged).toString('base64url'), signature].join('.');
    const otherClient = await cognitoClient().send(
      new CreateUserPoolClientCommand({
        UserPoolId: pool.userPoolId,
        ClientName: 'other',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
      }),
    );
    const otherToken = await tokenFor(
      { userPoolId: pool.userPoolId, clientId: otherClient.UserPoolClient?.ClientId ?? '' },
      {
        email: 'khac@so-noi-vu.example.vn',
        name: 'Khác',
        roles: ['unit_officer'],
        orgId: 'org-snv',
        unitId: 'unit-vp',
      },
    );

    const statuses = await Promise.all([post(undefined, {}), post(tampered, {}), post(otherToken, {})]);

    expect(statuses.map((r) => r.status)).toEqual([401, 401, 401]);
  });

  it('refuses a role the route does not allow with 403 and a stable code', async () => {
    const res = await post(directorToken, { note: 'x' });

    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'ROLE_NOT_ALLOWED' } });
  });

  it('refuses unknown fields with 400 naming the field, in Vietnamese', async () => {
    const res = await post(officerToken, { note: 'x', state: 'decided' });

    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.issues.map((i) => i.path)).toEqual(['body.state']);
  });

  it('answers 404 for a path outside the route table', async () => {
    const res = await post(officerToken, {}, '/nowhere');

    expect(res.status).toBe(404);
  });
});
