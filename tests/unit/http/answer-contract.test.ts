import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../shared/http/answer-check';
import { buildOpenApi } from '../../../shared/http/openapi';
import { ROUTES } from '../../../shared/http/route-table';
import { getNomination } from '../../../shared/http/routes/nominations';
import { getMe } from '../../../shared/http/routes/session';

type Operation = {
  responses: Record<string, { content?: { 'application/json'?: { schema?: Record<string, unknown> } } }>;
};

const document = buildOpenApi(ROUTES, { title: 'tdkt', version: 'test' });
const operationOf = (route: (typeof ROUTES)[number]) =>
  document.paths[route.path]?.[route.method.toLowerCase()] as Operation;

describe('the answers of the route table', () => {
  it('documents a response schema for every operation, named schemas as components', () => {
    const without = ROUTES.filter(
      (route) =>
        !operationOf(route).responses[String(route.successStatus)]?.content?.['application/json']?.schema,
    ).map((route) => route.id);

    expect(without).toEqual([]);
    const schemas = document.components.schemas as Record<string, unknown>;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['Nomination', 'NominationSummary', 'Meeting', 'Document']),
    );
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((ref) => !(ref && ref in schemas))).toEqual([]);
  });

  it('shows stored JSON with the schema it was validated by when written', () => {
    const nomination = (
      document.components.schemas as Record<string, { properties: Record<string, unknown> }>
    ).Nomination;
    const form = nomination?.properties.form as { properties?: Record<string, unknown> };

    expect(Object.keys(form.properties ?? {})).toEqual(
      expect.arrayContaining(['nominee', 'awardCode', 'dossier']),
    );
  });

  it('keeps the error model, ETag and If-Match beside the answers', () => {
    const get = operationOf(getNomination);

    expect(get.responses['404']?.content?.['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/Error',
    });
    expect(JSON.stringify(get.responses['200'])).toContain('ETag');
  });
});

describe('checkAnswer (the local gateway, on every success answer)', () => {
  it('passes an answer that matches its schema', () => {
    expect(() => checkAnswer(getMe, { userId: 'u-1', roles: ['admin'], email: 'a@b.vn' })).not.toThrow();
  });

  it('refuses an answer that does not parse, naming the field', () => {
    expect(() => checkAnswer(getMe, { userId: 'u-1', roles: ['chief'] })).toThrow(/get-me.*roles\.0/);
  });

  it('refuses a field the schema does not declare, at any depth', () => {
    expect(() => checkAnswer(getMe, { userId: 'u-1', roles: [], password: 'x' })).toThrow(
      /does not declare: password/,
    );
    const detail = {
      nomination: {
        id: 'n-1',
        version: 1,
        state: 'draft',
        stateLabel: 'Đang soạn',
        organisationId: 'org-1',
        unitId: 'unit-1',
        awardCode: 'LDTT',
        subject: 'person',
        track: 'annual',
        year: 2026,
        nominee: { name: 'Nguyễn Văn A', dateOfBirth: '1980-01-01' },
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        form: {},
        allowedActions: ['submit'],
      },
      timeline: [],
    };
    expect(() => checkAnswer(getNomination, detail)).toThrow(
      /does not declare: nomination\.nominee\.dateOfBirth/,
    );
  });

  it('reads the answer as the client does, after JSON', () => {
    expect(() => checkAnswer(getMe, { userId: 'u-1', roles: [], orgId: undefined })).not.toThrow();
  });
});
