/**
 * What reaches the API that is not a well-formed request gets a clear 4xx in the error model,
 * never a 500 or a reset socket: a versioned change without If-Match (428), a body that is not
 * JSON (415), too large (413), text that is not Unicode (400 naming the field), a malformed
 * percent-encoding in the path (400). Generated from the route table where the table says it.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../shared/http/http-handler';
import { ROUTES } from '../../../shared/http/route-table';
import { type ApiClient, allowedCaller, startTestApi, type TestApi } from '../support/api';
import { aDraft, createDraft } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
let token: string;
beforeAll(async () => {
  api = await startTestApi('http-boundaries');
  officer = await api.as('canbo.vanphong.snv');
  token = await api.tokenOf('canbo.vanphong.snv');
}, 120_000);
afterAll(() => api?.stop());

type ErrorAnswer = { error: { code: string; message: string; issues?: { path: string; code: string }[] } };

/** A raw request, for bodies and headers `fetch` would not send as they are. */
async function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string }> {
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...headers },
    ...(body === undefined ? {} : { body }),
  });
  return { status: res.status, text: await res.text() };
}

const versioned = ROUTES.filter((route) => route.ifMatch === 'required');

describe('a change to a versioned record', () => {
  it('is declared on every PUT and PATCH of a versioned record in the route table', () => {
    expect(versioned.map((route) => route.id).sort()).toEqual([
      'correct-collective-award',
      'correct-person-award',
      'link-person-account',
      'update-campaign',
      'update-council-seat',
      'update-nomination-draft',
      'update-organisation',
      'update-person',
      'update-unit',
    ]);
  });

  it.each(versioned.map((route) => [route.id, route] as const))(
    '%s without If-Match is 428 IF_MATCH_REQUIRED, before anything is read or written',
    async (_id, route) => {
      const caller = await allowedCaller(api, route);
      const method = route.method.toLowerCase() as 'put' | 'patch';
      const path = route.path.replace(/\{\w+\}/g, 'khong-ton-tai');

      const res = await caller[method]<ErrorAnswer>(path, route.example?.body ?? {});

      expect(res.status).toBe(428);
      expect(res.body.error.code).toBe('IF_MATCH_REQUIRED');
    },
  );

  it('keeps the draft as it was when a PUT comes without If-Match or with `*`', async () => {
    const { body } = await createDraft(officer, aDraft({ notes: 'Bản gốc' }));
    const id = body.nomination.id;

    const bare = await officer.put<ErrorAnswer>(`/nominations/${id}`, aDraft({ notes: 'Ghi đè' }));
    const star = await officer.put<ErrorAnswer>(`/nominations/${id}`, aDraft({ notes: 'Ghi đè' }), {
      headers: { 'if-match': '*' },
    });
    const after = await officer.get<{ nomination: { version: number; form: { notes?: string } } }>(
      `/nominations/${id}`,
    );

    expect([bare.status, star.status]).toEqual([428, 428]);
    expect(after.body.nomination.version).toBe(body.nomination.version);
    expect(after.body.nomination.form.notes).toBe('Bản gốc');
  });

  it('is declared in the OpenAPI document: If-Match required, ETag answered, 428 described', async () => {
    const doc = (await (await fetch(`${api.url}/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters: { name: string; required: boolean }[];
            responses: Record<string, { headers?: Record<string, unknown> }>;
          }
        >
      >;
    };
    const put = doc.paths['/nominations/{id}']?.put;
    const get = doc.paths['/nominations/{id}']?.get;
    const submit = doc.paths['/nominations/{id}/submit']?.post;

    expect(put?.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', required: true }));
    expect(Object.keys(put?.responses ?? {})).toContain('428');
    expect(put?.responses['200']?.headers).toHaveProperty('ETag');
    expect(get?.responses['200']?.headers).toHaveProperty('ETag');
    expect(submit?.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', required: false }));
  });
});

describe('a body the API cannot read', () => {
  it('is 415 UNSUPPORTED_MEDIA_TYPE when it is not application/json', async () => {
    const json = JSON.stringify(aDraft());

    const form = await raw(
      'POST',
      '/nominations',
      { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': 'k-415-form-0001' },
      json,
    );
    const plain = await raw(
      'POST',
      '/nominations',
      { 'content-type': 'text/plain', 'idempotency-key': 'k-415-plain-001' },
      json,
    );

    expect([form.status, plain.status]).toEqual([415, 415]);
    expect((JSON.parse(form.text) as ErrorAnswer).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('takes application/json with a UTF-8 charset', async () => {
    const res = await raw(
      'POST',
      '/nominations',
      { 'content-type': 'application/json; charset=UTF-8', 'idempotency-key': 'k-charset-0001' },
      JSON.stringify(aDraft()),
    );

    expect(res.status).toBe(201);
  });

  it('is 413 PAYLOAD_TOO_LARGE in the error model over the API limit, and the socket is not reset', async () => {
    const notes = 'a'.repeat(MAX_BODY_BYTES + 10);

    const res = await raw(
      'POST',
      '/nominations',
      { 'content-type': 'application/json', 'idempotency-key': 'k-413-route-001' },
      JSON.stringify(aDraft({ notes })),
    );

    expect(res.status).toBe(413);
    expect((JSON.parse(res.text) as ErrorAnswer).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('is 413 (API Gateway’s own answer) past the gateway limit of 10 MB, with no reset socket', async () => {
    const huge = Buffer.alloc(11 * 1024 * 1024, 0x61);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${api.url}/nominations`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': String(huge.length),
          'idempotency-key': 'k-413-gateway-1',
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(huge);
    });

    expect(status).toBe(413);
  });

  it('is 400 naming the field when a string holds a lone surrogate (not Unicode text)', async () => {
    const body = JSON.stringify(aDraft()).replace('"Chuyên viên"', '"Chuyên\\ud800viên"');

    const res = await raw(
      'POST',
      '/nominations',
      { 'content-type': 'application/json', 'idempotency-key': 'k-surrogate-01' },
      body,
    );

    expect(res.status).toBe(400);
    expect((JSON.parse(res.text) as ErrorAnswer).error.issues).toContainEqual(
      expect.objectContaining({ path: 'body.nominee.position', code: 'invalid_text' }),
    );
  });
});

describe('a malformed path', () => {
  it('is 400 in the error model for a malformed percent-encoding, not a 500', async () => {
    const res = await raw('GET', '/nominations/%ZZ', {});

    expect(res.status).toBe(400);
    expect((JSON.parse(res.text) as ErrorAnswer).error.issues?.[0]?.code).toBe('malformed_path');
  });

  it('is 400 naming the parameter for an encoded lone surrogate', async () => {
    const res = await raw('GET', '/nominations/%ED%A0%80', {});

    expect(res.status).toBe(400);
  });
});
