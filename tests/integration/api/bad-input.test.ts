/**
 * Bad input on every write route, generated from the route table: unknown fields, a body of the
 * wrong type, an over-long string and a missing Idempotency-Key are each a 400 that names the
 * field, before any use case runs (so nothing is written). The area tests add what needs a real
 * resource: NFD stored as NFC, HTML kept as text, a reused key with another body (409).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { Route } from '../../../shared/http/route';
import { ROUTES } from '../../../shared/http/route-table';
import { allowedCaller, startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('bad-input');
});
afterAll(() => api?.stop());

const writes = ROUTES.filter((route) => route.method !== 'GET' && route.body !== undefined);

/**
 * An id of the right shape (user ids are Cognito subs, other ids any safe string) that exists
 * nowhere; a position in a list (`…Index`) is a number.
 */
const pathOf = (route: Route) =>
  route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name.endsWith('Index') ? '0' : '00000000-0000-4000-8000-000000000000',
  );

type ErrorAnswer = { error: { code: string; issues?: { path: string }[] } };

async function send(route: Route, body: unknown, headers: Record<string, string> = {}) {
  const caller = await allowedCaller(api, route);
  // A versioned change names the version it read (else 428, tested in http-boundaries.test.ts).
  const ifMatch: Record<string, string> = route.ifMatch === 'required' ? { 'if-match': '"1"' } : {};
  const options = {
    headers: { ...ifMatch, ...headers },
    ...(route.idempotent ? {} : { idempotencyKey: null }),
  };
  const method = route.method.toLowerCase() as 'post' | 'put' | 'patch';
  return caller[method]<ErrorAnswer>(pathOf(route), body, options);
}

const validBody = (route: Route): Record<string, unknown> => {
  const body = route.example?.body;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
};

/** The first top-level string field with a length limit, from the route's own schema. */
function limitedStringField(route: Route): { name: string; max: number } | undefined {
  if (!route.body) return undefined;
  const schema = z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { type?: string; maxLength?: number }>;
  };
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (property.type === 'string' && typeof property.maxLength === 'number')
      return { name, max: property.maxLength };
  }
  return undefined;
}

describe.each(writes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s', (_, route) => {
  it('refuses an unknown field with 400 naming it', async () => {
    const res = await send(route, { ...validBody(route), laTruongLa: 'x' });

    expect(res.status).toBe(400);
    expect(res.body.error.issues?.map((issue) => issue.path)).toContain('body.laTruongLa');
  });

  it('refuses a body of the wrong type with 400', async () => {
    const res = await send(route, ['không', 'phải', 'đối tượng']);

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a malformed Idempotency-Key or If-Match header with 400', async () => {
    const res = await send(
      route,
      validBody(route),
      route.idempotent ? { 'idempotency-key': 'x' } : { 'if-match': 'abc' },
    );

    expect(res.status).toBe(400);
  });
});

const limitedRoutes = writes.flatMap((route) => {
  const field = limitedStringField(route);
  return field ? [[`${route.method} ${route.path} (${field.name})`, route, field] as const] : [];
});
it.each(limitedRoutes)(
  '%s refuses an over-long string with 400 naming the field',
  async (_, route, field) => {
    const res = await send(route, { ...validBody(route), [field.name]: 'ư'.repeat(field.max + 1) });

    expect(res.status).toBe(400);
    expect(res.body.error.issues?.map((issue) => issue.path)).toContain(`body.${field.name}`);
  },
);

const idempotentRoutes = ROUTES.filter((route) => route.idempotent).map(
  (r) => [`${r.method} ${r.path}`, r] as const,
);
it.each(idempotentRoutes)('%s refuses a missing Idempotency-Key with 400', async (_, route) => {
  const caller = await allowedCaller(api, route);

  const res = await caller.post<ErrorAnswer>(pathOf(route), validBody(route), { idempotencyKey: null });

  expect(res.status).toBe(400);
  expect(res.body.error.issues?.map((issue) => issue.path)).toContain('headers.idempotency-key');
});
