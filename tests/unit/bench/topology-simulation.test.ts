/**
 * The topology benchmark's model of Lambda environments, on days small enough to follow by hand:
 * an idle environment serves the next request until the eviction time, concurrent requests each
 * need one, and a router pays a route's lazy load once per environment.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type Topology } from '../../bench/topology-simulation';
import type { Day, Screen } from '../../bench/topology-traces';
import { deadlineDay, ordinaryDay } from '../../bench/topology-traces';

const MIN = 60_000;
const screen = (...routes: string[]): Screen => ({ name: routes.join('+'), routes });
const day = (visits: [number, Screen][]): Day => ({
  name: 'test',
  description: '',
  visits: visits.map(([at, s]) => ({ at, user: 0, screen: s })),
});
const perRoute: Topology = { name: 'per route', functionOf: (id) => id, router: false };
const oneApi: Topology = { name: 'api', functionOf: () => 'api', router: true };
const costs = { cold: () => 300, lazy: () => 40 };

describe('the simulated environments', () => {
  it('reuses an environment idle for less than the eviction time, and starts a new one after it', () => {
    const visits = day([
      [0, screen('a')],
      [9 * MIN, screen('a')],
      [20 * MIN, screen('a')],
    ]);
    const result = simulate(visits, perRoute, costs, 10 * MIN);
    expect(result).toMatchObject({ requests: 3, coldRequests: 2, environments: 2 });
    expect(result.warmShare).toBeCloseTo(1 / 3);
  });

  it('starts one environment per concurrent request of one function', () => {
    const result = simulate(day([[0, screen('a', 'b', 'c')]]), oneApi, costs, 10 * MIN);
    expect(result).toMatchObject({ coldRequests: 3, environments: 3, screenAddedP50: 300 });
  });

  it("lets a router's warm environment serve another route after its lazy load, once", () => {
    const visits = day([
      [0, screen('a')],
      [MIN, screen('b')],
      [2 * MIN, screen('b')],
    ]);
    const router = simulate(visits, oneApi, costs, 10 * MIN);
    const split = simulate(visits, perRoute, costs, 10 * MIN);
    expect(router).toMatchObject({ coldRequests: 1, lazyRequests: 1 });
    expect(split).toMatchObject({ coldRequests: 2, lazyRequests: 0 });
  });

  it('plays the same seeded days every run', () => {
    expect(ordinaryDay().visits).toEqual(ordinaryDay().visits);
    expect(deadlineDay().visits.length).toBeGreaterThan(ordinaryDay().visits.length * 5);
  });
});

describe('a scheduled warm-up', () => {
  it('keeps environments alive between users, so a request after a long quiet spell finds one warm', () => {
    // A second after the ticks, so the warm-up's own invocations are done.
    const visits = day([
      [1000, screen('a')],
      [40 * MIN + 1000, screen('a', 'b')],
    ]);
    const keepWarm = { everyMs: 5 * MIN, environments: 2, fromMs: 0, untilMs: 60 * MIN };
    const cold = simulate(visits, oneApi, costs, 10 * MIN);
    const functions = new Map([['api', ['a', 'b']]]);
    const warm = simulate(visits, oneApi, costs, 10 * MIN, { keepWarm, functions });
    const preloaded = simulate(visits, oneApi, costs, 10 * MIN, {
      keepWarm: { ...keepWarm, preload: true },
      functions,
    });
    expect(cold.coldRequests).toBe(3);
    // Every request finds an environment the warm-up kept; each pays only its route's first load.
    expect(warm.coldRequests).toBe(0);
    expect(warm.lazyRequests).toBeGreaterThanOrEqual(2);
    // Preloading the routes in the warm-up leaves users neither start nor first load.
    expect(preloaded).toMatchObject({ coldRequests: 0, lazyRequests: 0, screenAddedP95: 0 });
  });
});
