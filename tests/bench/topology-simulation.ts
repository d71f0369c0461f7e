/**
 * Lambda's environments, simulated over a day of screens: each function keeps warm environments
 * until they sit idle longer than the eviction time; a request that finds none idle starts a new
 * one (one environment per concurrent request) and pays that function's cold start. A function
 * that serves several routes loads a route's code on its first use in an environment, so a warm
 * environment may still pay that route's lazy load. Pure: the costs come from measured bundles.
 */
import type { Day } from './topology-traces';

export interface Topology {
  readonly name: string;
  /** The function that serves a route. */
  readonly functionOf: (routeId: string) => string;
  /** Whether a function serves several routes, loading each on first use. */
  readonly router: boolean;
}

export interface StartCosts {
  /** A new environment's start, ms: the function's import (and, for a router, the route's). */
  readonly cold: (fn: string, routeId: string) => number;
  /** A warm router environment's first request for a route, ms (0 for a function of one route). */
  readonly lazy: (fn: string, routeId: string) => number;
}

/**
 * A scheduled warm-up (EventBridge → each function, `environments` concurrent invocations every
 * `everyMs` between `fromMs` and `untilMs` of the day): it keeps that many environments alive, or
 * starts them, before users come. Its own starts are nobody's wait.
 */
export interface KeepWarm {
  readonly everyMs: number;
  readonly environments: number;
  readonly fromMs: number;
  readonly untilMs: number;
  /** The warm-up also loads every route of the function, so no user pays a route's first load. */
  readonly preload?: boolean;
}

export interface SimulationResult {
  readonly requests: number;
  readonly coldRequests: number;
  readonly lazyRequests: number;
  /** Requests that met no new environment (a lazy route load counts as warm, its time as added). */
  readonly warmShare: number;
  readonly screens: number;
  /** Added latency per screen (the slowest of its parallel requests), ms. */
  readonly screenAddedP50: number;
  readonly screenAddedP95: number;
  /** Environments started over the day. */
  readonly environments: number;
}

interface Environment {
  busyUntil: number;
  lastUsed: number;
  readonly loaded: Set<string>;
}

const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/**
 * Plays the day against a topology. `warmMs` is a warm request's own time (the environment is
 * busy that long plus any start it paid); the result counts what the starts add.
 */
export function simulate(
  day: Day,
  topology: Topology,
  costs: StartCosts,
  evictionMs: number,
  options: {
    readonly warmMs?: number;
    readonly keepWarm?: KeepWarm;
    /** Each function of the topology and the routes it serves (what the warm-up reaches and loads). */
    readonly functions?: ReadonlyMap<string, readonly string[]>;
  } = {},
): SimulationResult {
  const warmMs = options.warmMs ?? 60;
  const pools = new Map<string, Environment[]>();
  const alive = (env: Environment, at: number) => env.busyUntil > at || at - env.lastUsed <= evictionMs;
  // The warm-up's ticks, played in time order with the visits.
  const ticks: number[] = [];
  const keepWarm = options.keepWarm;
  if (keepWarm) for (let at = keepWarm.fromMs; at <= keepWarm.untilMs; at += keepWarm.everyMs) ticks.push(at);
  let tick = 0;
  const warmUp = (at: number) => {
    for (const [fn, routes] of options.functions ?? new Map<string, readonly string[]>()) {
      const live = (pools.get(fn) ?? []).filter((env) => alive(env, at));
      const idle = live.filter((env) => env.busyUntil <= at).sort((a, b) => b.lastUsed - a.lastUsed);
      for (let i = 0; i < (keepWarm?.environments ?? 0); i++) {
        const env = idle[i] ?? { busyUntil: 0, lastUsed: 0, loaded: new Set<string>() };
        if (!idle[i]) live.push(env);
        if (keepWarm?.preload) for (const route of routes) env.loaded.add(route);
        env.busyUntil = at + warmMs;
        env.lastUsed = env.busyUntil;
      }
      pools.set(fn, live);
    }
  };
  let requests = 0;
  let coldRequests = 0;
  let lazyRequests = 0;
  let environments = 0;
  const screenAdded: number[] = [];
  for (const visit of day.visits) {
    while (tick < ticks.length && (ticks[tick] ?? 0) <= visit.at) warmUp(ticks[tick++] ?? 0);
    let slowest = 0;
    for (const routeId of visit.screen.routes) {
      const fn = topology.functionOf(routeId);
      const live = (pools.get(fn) ?? []).filter((env) => alive(env, visit.at));
      pools.set(fn, live);
      // Lambda reuses the most recently used idle environment.
      const idle = live.filter((env) => env.busyUntil <= visit.at).sort((a, b) => b.lastUsed - a.lastUsed)[0];
      let added = 0;
      let env = idle;
      if (!env) {
        env = { busyUntil: 0, lastUsed: 0, loaded: new Set([routeId]) };
        live.push(env);
        environments++;
        coldRequests++;
        added = costs.cold(fn, routeId);
      } else if (topology.router && !env.loaded.has(routeId)) {
        env.loaded.add(routeId);
        lazyRequests++;
        added = costs.lazy(fn, routeId);
      }
      env.busyUntil = visit.at + warmMs + added;
      env.lastUsed = env.busyUntil;
      requests++;
      slowest = Math.max(slowest, added);
    }
    screenAdded.push(slowest);
  }
  return {
    requests,
    coldRequests,
    lazyRequests,
    warmShare: requests === 0 ? 1 : 1 - coldRequests / requests,
    screens: screenAdded.length,
    screenAddedP50: percentile(screenAdded, 50),
    screenAddedP95: percentile(screenAdded, 95),
    environments,
  };
}
