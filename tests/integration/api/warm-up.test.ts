/**
 * The scheduled warm-up against the API's real routers (the local stack runs the topology CDK
 * deploys): every function answers it, loads every one of its routes' handler modules, and then
 * serves requests as before. In AWS the invoker is the Lambda API (`lambda-invoker.ts`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFunctions } from '../../../infra/api-functions';
import { ROUTE_AREAS } from '../../../shared/http/route-table';
import { WARM_UP_SOURCE } from '../../../shared/http/router';
import { warmFunctions } from '../../../shared/warm-up/warm-functions';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('warm-up');
}, 60_000);
afterAll(() => api?.stop());

describe('the warm-up', () => {
  it('invokes every API function, each of which loads all its routes, with no failure', async () => {
    const { functions } = api.app;
    const warmth = await warmFunctions(functions.names, functions, { environments: 2, holdMs: 5 });
    expect(warmth.map((w) => w.functionName)).toEqual(apiFunctions(ROUTE_AREAS).map((fn) => fn.name));
    expect(warmth.filter((w) => w.failed > 0)).toEqual([]);
    for (const fn of apiFunctions(ROUTE_AREAS)) {
      const again = await functions.invoke(fn.name, { source: WARM_UP_SOURCE, preload: true, holdMs: 0 });
      expect(again, fn.name).toEqual({ coldStart: false, routesLoaded: fn.routes.length });
    }
    const secretary = await api.as('thuky.snv');
    expect((await secretary.get('/campaigns')).status).toBe(200);
  }, 60_000);
});
