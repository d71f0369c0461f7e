import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { HttpHandler } from '../../../shared/http/http-handler';
import { makeRouter, WARM_UP_SOURCE } from '../../../shared/http/router';

const context = {} as Context;
const eventFor = (routeKey: string) => ({ routeKey }) as APIGatewayProxyEventV2WithJWTAuthorizer;

/** Route modules that answer with their own key, counting how often each is loaded. */
function modules(keys: readonly string[], failFirst?: string) {
  const loads = new Map<string, number>();
  const table = Object.fromEntries(
    keys.map((key) => [
      key,
      async () => {
        loads.set(key, (loads.get(key) ?? 0) + 1);
        if (key === failFirst && loads.get(key) === 1) throw new Error('chunk missing');
        const handler: HttpHandler = async () => ({ statusCode: 200, body: key });
        return { handler };
      },
    ]),
  );
  return { table, loads };
}

describe('makeRouter', () => {
  it("dispatches on API Gateway's route key and loads a route's module once, on its first call", async () => {
    const { table, loads } = modules(['GET /a', 'POST /b']);
    const router = makeRouter(table);
    expect(loads.size).toBe(0);
    expect(await router(eventFor('GET /a'), context)).toEqual({ statusCode: 200, body: 'GET /a' });
    expect(await router(eventFor('GET /a'), context)).toEqual({ statusCode: 200, body: 'GET /a' });
    expect([...loads]).toEqual([['GET /a', 1]]);
    expect(await router(eventFor('POST /b'), context)).toEqual({ statusCode: 200, body: 'POST /b' });
    expect(router.routeKeys).toEqual(['GET /a', 'POST /b']);
  });

  it('refuses a route it does not serve (a wiring fault, never a silent answer)', async () => {
    const router = makeRouter(modules(['GET /a']).table);
    await expect(router(eventFor('GET /other'), context)).rejects.toThrow(/serves no route GET \/other/);
  });

  it('tries a failed import again on the next request instead of keeping the failure', async () => {
    const { table, loads } = modules(['GET /a'], 'GET /a');
    const router = makeRouter(table);
    await expect(router(eventFor('GET /a'), context)).rejects.toThrow('chunk missing');
    expect(await router(eventFor('GET /a'), context)).toEqual({ statusCode: 200, body: 'GET /a' });
    expect(loads.get('GET /a')).toBe(2);
  });

  it('on a warm-up, loads every route (preload), says whether the environment was new, and serves no route', async () => {
    const { table, loads } = modules(['GET /a', 'POST /b', 'DELETE /c']);
    const router = makeRouter(table);
    const first = await router({ source: WARM_UP_SOURCE, preload: true, holdMs: 0 }, context);
    expect(first).toEqual({ coldStart: true, routesLoaded: 3 });
    expect([...loads.values()]).toEqual([1, 1, 1]);
    const second = await router({ source: WARM_UP_SOURCE, preload: true, holdMs: 0 }, context);
    expect(second).toEqual({ coldStart: false, routesLoaded: 3 });
    expect([...loads.values()]).toEqual([1, 1, 1]);
  });

  it('a warm-up may name the routes to load (what the benchmark measures one route at a time)', async () => {
    const { table, loads } = modules(['GET /a', 'POST /b']);
    const router = makeRouter(table);
    const answer = await router(
      { source: WARM_UP_SOURCE, preload: true, holdMs: 0, routeKeys: ['POST /b'] },
      context,
    );
    expect(answer).toEqual({ coldStart: true, routesLoaded: 1 });
    expect([...loads.keys()]).toEqual(['POST /b']);
  });

  it('without preload, a warm-up only starts the environment', async () => {
    const { table, loads } = modules(['GET /a']);
    const router = makeRouter(table);
    expect(await router({ source: WARM_UP_SOURCE, preload: false, holdMs: 0 }, context)).toEqual({
      coldStart: true,
      routesLoaded: 0,
    });
    expect(loads.size).toBe(0);
  });
});
