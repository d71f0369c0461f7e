/**
 * Which deployment topology users feel least: every candidate is built from the route table with
 * the functions' own esbuild options, each of its bundles cold-imported in fresh processes (per
 * route, since a function that serves several routes loads a route's code on first use), and
 * then two synthetic days (`topology-traces.ts`) are played against Lambda's environments
 * (`topology-simulation.ts`) at 5, 10 and 15 minutes of idle eviction. Reported per topology and
 * eviction: the share of requests that meet no new environment, and the latency the starts add
 * to a screen (p50/p95). Goal P1: ≥ 97 % warm on the ordinary day and ≥ 99.5 % on the deadline
 * day, at 10 minutes. docs/performance.md has the choice and the numbers.
 *
 *   npm run bench:topology                 # 5 runs per measurement
 *   npm run bench:topology -- --runs 9
 *   npm run bench:topology -- --check      # exit 1 when the chosen topology misses P1 or P2
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { functionEntries, measureBundles } from '../../infra/bundle-size';
import { ESBUILD_OPTIONS } from '../../infra/bundling';
import { REPO_ROOT } from '../../infra/province-config';
import { handlerEntry, ROUTE_AREAS, ROUTES } from '../../shared/http/route-table';
import { importOnce, importRouterOnce, median, REFERENCES } from './cold-import';
import { simulate, type Topology } from './topology-simulation';
import { deadlineDay, ordinaryDay, TRACE_ROUTES } from './topology-traces';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const check = args.includes('--check');
const EVICTIONS_MIN = [5, 10, 15] as const;
/** P2: a cold start within 1.3× the reference bundle of the libraries the route needs. */
const P2_GOAL = 1.3;
const GOALS = { 'ordinary day': 0.97, 'deadline day': 0.995 } as const;
/** The topology the infrastructure builds (see docs/performance.md). */
const CHOSEN = 'one per area + warm-up ×2, preload';

const AREA_OF = new Map(ROUTE_AREAS.flatMap((area) => area.routes.map((r) => [r.id, area.name] as const)));
/** Least privilege: only user management holds Cognito admin rights, so its routes are a function apart. */
const USER_ROUTES = new Set(
  ROUTES.filter((r) => r.path.startsWith('/users') || r.id === 'link-person-account').map((r) => r.id),
);

const TOPOLOGIES: readonly Topology[] = [
  { name: 'one per route', functionOf: (id) => id, router: false },
  {
    name: 'one per area',
    functionOf: (id) => (USER_ROUTES.has(id) ? 'users' : (AREA_OF.get(id) ?? id)),
    router: true,
  },
  { name: 'one for the API', functionOf: () => 'api', router: true },
];

const HOUR = 3_600_000;
/** The warm-up candidates: every 5 minutes over the working day (the traces' 08:00–17:00). */
const KEEP_WARM = [
  { topology: 'one per area', environments: 2, preload: false },
  { topology: 'one per area', environments: 2, preload: true },
  { topology: 'one for the API', environments: 4, preload: false },
].map((k) => ({
  ...k,
  keepWarm: {
    everyMs: 5 * 60_000,
    environments: k.environments,
    fromMs: 0,
    untilMs: 9 * HOUR,
    preload: k.preload,
  },
}));

/** Builds the reference bundles (`REFERENCES`) and returns their median cold imports, ms. */
async function referenceImports(dir: string): Promise<number[]> {
  const medians: number[] = [];
  for (const [index, reference] of REFERENCES.entries()) {
    const outfile = join(dir, `reference-${index}`, 'index.mjs');
    await build({
      ...ESBUILD_OPTIONS,
      stdin: { contents: reference.source, resolveDir: REPO_ROOT, loader: 'ts', sourcefile: 'reference.ts' },
      outfile,
      logLevel: 'silent',
    });
    importOnce(outfile);
    medians.push(median(Array.from({ length: runs }, () => importOnce(outfile))));
  }
  return medians;
}

/** A router's entry: each route's handler module loaded by dynamic import on first use. */
function routerSource(routeIds: readonly string[]): string {
  const rows = routeIds
    .map(
      (id) =>
        `  ${JSON.stringify(id)}: () => import(${JSON.stringify(join(REPO_ROOT, handlerEntry({ id })))}),`,
    )
    .join('\n');
  return `const ROUTES = {\n${rows}\n};\nexport const loadRoute = (id) => ROUTES[id]();\n`;
}

/** Builds a router bundle with code splitting (one chunk per route's code), returns its entry file. */
async function buildRouter(dir: string, name: string, routeIds: readonly string[]): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const src = join(dir, `${name}.entry.mjs`);
  writeFileSync(src, routerSource(routeIds));
  const outdir = join(dir, name);
  await build({
    ...ESBUILD_OPTIONS,
    entryPoints: { index: src },
    outdir,
    splitting: true,
    logLevel: 'silent',
    absWorkingDir: REPO_ROOT,
  });
  return join(outdir, 'index.mjs');
}

/** The functions of a topology and the routes each serves. */
function groupsOf(topology: Topology): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const route of ROUTES) {
    const fn = topology.functionOf(route.id);
    groups.set(fn, [...(groups.get(fn) ?? []), route.id]);
  }
  return groups;
}

interface Costs {
  readonly cold: Map<string, number>;
  readonly lazy: Map<string, number>;
}
const key = (fn: string, routeId: string) => `${fn}\u0000${routeId}`;

async function measure(dir: string): Promise<Map<string, Costs>> {
  const httpIds = new Set(ROUTES.map((r) => r.id));
  const perRoute = await measureBundles(
    functionEntries().filter((e) => httpIds.has(e.id)),
    join(dir, 'per-route'),
  );
  const result = new Map<string, Costs>();

  const routeCosts: Costs = { cold: new Map(), lazy: new Map() };
  for (const bundle of perRoute) {
    const file = join(dir, 'per-route', bundle.id, 'index.mjs');
    importOnce(file); // warm the disk cache, not timed
    const samples = Array.from({ length: runs }, () => importOnce(file));
    routeCosts.cold.set(key(bundle.id, bundle.id), median(samples));
  }
  result.set('one per route', routeCosts);

  for (const topology of TOPOLOGIES.filter((t) => t.router)) {
    const name = topology.name;
    const groups = [...groupsOf(topology)].map(([fn, ids]) => ({ fn, ids }));
    const costs: Costs = { cold: new Map(), lazy: new Map() };
    for (const group of groups) {
      const file = await buildRouter(join(dir, name.replace(/\s+/g, '-')), group.fn, group.ids);
      importRouterOnce(file);
      const alone = median(Array.from({ length: runs }, () => importRouterOnce(file)));
      for (const id of group.ids) {
        const withRoute = median(Array.from({ length: runs }, () => importRouterOnce(file, id)));
        costs.cold.set(key(group.fn, id), withRoute);
        costs.lazy.set(key(group.fn, id), Math.max(0, withRoute - alone));
      }
    }
    result.set(name, costs);
  }
  return result;
}

const pct = (share: number) => `${(share * 100).toFixed(2)} %`;

async function main(): Promise<void> {
  const missing = [...TRACE_ROUTES].filter((id) => !ROUTES.some((r) => r.id === id));
  if (missing.length > 0)
    throw new Error(`the traces name routes the table does not have: ${missing.join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-topology-'));
  try {
    const measured = await measure(dir);
    const days = [ordinaryDay(), deadlineDay()];
    console.log(
      `Topologies by what users feel; cold imports: median of ${runs} fresh processes, Node ${process.version}`,
    );
    for (const day of days) console.log(`${day.name}: ${day.description}; ${day.visits.length} screens`);
    console.log(
      `${'topology'.padEnd(34)} ${'day'.padEnd(13)} ${'evict'.padStart(6)} ${'warm'.padStart(9)} ${'cold'.padStart(6)} ${'lazy'.padStart(6)} ${'envs'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)}`,
    );
    let missed = 0;
    const candidates = [
      ...TOPOLOGIES.map((topology) => ({ label: topology.name, topology, keepWarm: undefined })),
      ...KEEP_WARM.map((k) => ({
        label: `${k.topology} + warm-up ×${k.environments}${k.preload ? ', preload' : ''}`,
        topology: TOPOLOGIES.find((t) => t.name === k.topology) as Topology,
        keepWarm: k.keepWarm,
      })),
    ];
    for (const { label, topology, keepWarm } of candidates) {
      const costs = measured.get(topology.name) as Costs;
      const functions = groupsOf(topology);
      for (const day of days)
        for (const eviction of EVICTIONS_MIN) {
          const result = simulate(
            day,
            topology,
            {
              cold: (fn, id) => costs.cold.get(key(fn, id)) ?? 0,
              lazy: (fn, id) => costs.lazy.get(key(fn, id)) ?? 0,
            },
            eviction * 60_000,
            keepWarm ? { keepWarm, functions } : {},
          );
          const goal = GOALS[day.name as keyof typeof GOALS];
          const miss = eviction === 10 && result.warmShare < goal;
          if (miss && label === CHOSEN) missed++;
          console.log(
            `${label.padEnd(34)} ${day.name.padEnd(13)} ${`${eviction} min`.padStart(6)} ${pct(result.warmShare).padStart(9)} ${String(result.coldRequests).padStart(6)} ${String(result.lazyRequests).padStart(6)} ${String(result.environments).padStart(6)} ${result.screenAddedP50.toFixed(0).padStart(7)} ${result.screenAddedP95.toFixed(0).padStart(7)}${eviction === 10 ? (miss ? '  < P1' : '  P1 ok') : ''}`,
          );
        }
    }
    for (const topology of TOPOLOGIES) {
      const costs = measured.get(topology.name) as Costs;
      const colds = [...costs.cold.values()];
      console.log(
        `${topology.name}: cold start per (function, first route) median ${median(colds).toFixed(1)} ms, max ${Math.max(...colds).toFixed(1)} ms`,
      );
    }
    console.log(
      `P1 (at 10 min): ≥ 97 % warm on the ordinary day, ≥ 99.5 % on the deadline day — chosen: ${CHOSEN}`,
    );

    // P2: each (function, first route) of the chosen topology against the reference bundle of
    // the libraries that route needs (Logger and middy; idempotency too on a create-or-decide route).
    const [, loggerMiddy = 0, idempotency = 0] = await referenceImports(dir);
    const chosen = TOPOLOGIES.find((t) => CHOSEN.startsWith(t.name)) as Topology;
    const chosenCosts = measured.get(chosen.name) as Costs;
    const ratios = ROUTES.map((route) => {
      const reference = route.idempotent ? idempotency : loggerMiddy;
      const cold = chosenCosts.cold.get(key(chosen.functionOf(route.id), route.id)) ?? 0;
      return { id: route.id, ratio: cold / reference };
    });
    const over = ratios.filter((r) => r.ratio > P2_GOAL);
    console.log(
      `P2 (${chosen.name}): cold start ÷ its libraries' reference (Logger+middy ${loggerMiddy.toFixed(1)} ms, +idempotency ${idempotency.toFixed(1)} ms): median ${median(ratios.map((r) => r.ratio)).toFixed(2)}×, max ${Math.max(...ratios.map((r) => r.ratio)).toFixed(2)}×; ${over.length} of ${ratios.length} above ${P2_GOAL}×${over.length > 0 ? `: ${over.map((r) => `${r.id} ${r.ratio.toFixed(2)}×`).join(', ')}` : ''}`,
    );
    if (over.length > 0) missed++;
    if (check && missed > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
