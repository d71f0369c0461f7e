import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../../shared/http/openapi';
import { handlerEntry, ROUTES } from '../../../shared/http/route-table';

describe('the route table', () => {
  it('has a handler file for every route', () => {
    const missing = ROUTES.map(handlerEntry).filter((entry) => !existsSync(entry));

    expect(missing).toEqual([]);
  });

  it('has unique ids and unique method-and-path pairs', () => {
    const ids = ROUTES.map((route) => route.id);
    const keys = ROUTES.map((route) => `${route.method} ${route.path}`);

    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names kebab-case ids, as Lambda function names and entry files need', () => {
    for (const route of ROUTES) expect(route.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('generates an OpenAPI operation for every route', () => {
    const document = buildOpenApi(ROUTES, { title: 'tdkt', version: 'test' });

    for (const route of ROUTES) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()] as { operationId: string };
      expect(operation.operationId).toBe(route.id);
    }
  });
});
