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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { routeAccess } from '../../infra/access';
import { apiFunctions } from '../../infra/api-functions';
import { ESBUILD_OPTIONS } from '../../infra/bundling';
import { functionBuildOptions } from '../../infra/function-code';
import { REPO_ROOT } from '../../infra/province-config';
import { type Route, routeKeyOf } from '../../shared/http/route';
import { handlerEntry, ROUTE_AREAS, ROUTES } from '../../shared/http/route-table';
import { importOnce, importRouterOnce, type LibraryNeeds, median, referenceSource } from './cold-import';
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
const CHOSEN = 'per area, reads apart + warm-up ×2, preload';

const AREA_OF = new Map(ROUTE_AREAS.flatMap((area) => area.routes.map((r) => [r.id, area.name] as const)));
const ROUTE_BY_ID = new Map(ROUTES.map((route) => [route.id, route]));
/** The deployed topology (`infra/api-functions.ts`): per area, reads apart, the user directory apart. */
const DEPLOYED_FUNCTION = new Map(
  apiFunctions(ROUTE_AREAS).flatMap((fn) => fn.routes.map((route) => [route.id, fn.name] as const)),
);
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
  {
    name: 'per area, reads apart',
    functionOf: (id) => DEPLOYED_FUNCTION.get(id) ?? id,
    router: true,
  },
  { name: 'one for the API', functionOf: () => 'api', router: true },
];

const HOUR = 3_600_000;
/** The warm-up candidates: every 5 minutes over the working day (the traces' 08:00–17:00). */
const KEEP_WARM = [
  { topology: 'one per area', environments: 2, preload: false },
  { topology: 'one per area', environments: 2, preload: true },
  { topology: 'per area, reads apart', environments: 2, preload: true },
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

/** The routes that read an uploaded workbook (`shared/app/imports/sheet-of.ts`): the spreadsheet imports. */
const WORKBOOK_ROUTES: ReadonlySet<string> = new Set([
  'preview-award-history-import',
  'import-award-history',
  'preview-staff-import',
  'import-staff',
]);
for (const id of WORKBOOK_ROUTES)
  if (!ROUTES.some((route) => route.id === id)) throw new Error(`bench: no route ${id} in the route table`);

/** What a route needs beyond DynamoDB, Logger and middy, from its access row. */
function needsOf(route: Route): LibraryNeeds {
  const access = routeAccess(route);
  return {
    s3: Boolean(access.files || access.auditAnchors),
    cognito: access.users !== 'none',
    workbook: WORKBOOK_ROUTES.has(route.id),
  };
}
const needsKey = (needs: LibraryNeeds) =>
  `DynamoDB + Logger + middy${needs.s3 ? ' + S3' : ''}${needs.cognito ? ' + Cognito' : ''}${needs.workbook ? ' + workbook' : ''}`;

/** Builds one reference bundle per combination of needs the routes have; returns their files. */
async function buildReferences(dir: string): Promise<Map<string, string>> {
  const combos = new Map(ROUTES.map((route) => [needsKey(needsOf(route)), needsOf(route)]));
  const files = new Map<string, string>();
  for (const [index, [name, needs]] of [...combos].entries()) {
    const outfile = join(dir, `reference-${index}`, 'index.mjs');
    await build({
      ...ESBUILD_OPTIONS,
      stdin: {
        contents: referenceSource(needs),
        resolveDir: REPO_ROOT,
        loader: 'ts',
        sourcefile: 'reference.ts',
      },
      outfile,
      logLevel: 'silent',
    });
    files.set(name, outfile);
  }
  return files;
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

/** Builds a topology's functions exactly as CDK does (`functionBuildOptions`: router, code split). */
async function buildTopology(dir: string, topology: Topology): Promise<Map<string, string>> {
  const entryFor = (id: string) => join(REPO_ROOT, handlerEntry({ id }));
  const files = new Map<string, string>();
  await Promise.all(
    [...groupsOf(topology)].map(async ([fn, ids]) => {
      const outdir = join(dir, topology.name.replace(/[^a-z]+/g, '-'), fn);
      const routes = ids.map((id) => ROUTE_BY_ID.get(id) as Route);
      await build({
        ...functionBuildOptions({ kind: 'router', name: fn, routes, entryFor }, outdir),
        logLevel: 'silent',
      });
      files.set(fn, join(outdir, 'index.mjs'));
    }),
  );
  return files;
}

interface Costs {
  readonly cold: Map<string, number>;
  readonly lazy: Map<string, number>;
}
const key = (fn: string, routeId: string) => `${fn}\u0000${routeId}`;

interface Measured {
  readonly costs: Map<string, Costs>;
  /** Median cold import of each reference bundle, by its libraries (`needsKey`), ms. */
  readonly references: Map<string, number>;
}

/**
 * Every topology's (function, first route) cold start and every reference bundle, sampled run
 * by run in one interleaved loop, so that the machine's drift hits all of them alike.
 */
async function measure(dir: string): Promise<Measured> {
  const references = await buildReferences(dir);
  const samplers: { id: string; sample: () => number }[] = [...references].map(([name, file]) => ({
    id: `reference ${name}`,
    sample: () => importOnce(file),
  }));
  for (const topology of TOPOLOGIES) {
    const files = await buildTopology(dir, topology);
    for (const [fn, ids] of groupsOf(topology)) {
      const file = files.get(fn) as string;
      samplers.push({ id: key(`${topology.name}\u0000${fn}`, ''), sample: () => importRouterOnce(file) });
      for (const id of ids) {
        const routeKey = routeKeyOf(ROUTE_BY_ID.get(id) as Route);
        samplers.push({
          id: key(`${topology.name}\u0000${fn}`, id),
          sample: () => importRouterOnce(file, routeKey),
        });
      }
    }
  }
  const samples = new Map(samplers.map((s) => [s.id, [] as number[]]));
  for (const sampler of samplers) sampler.sample(); // warm the disk cache, not timed
  for (let run = 0; run < runs; run++)
    for (const sampler of samplers) samples.get(sampler.id)?.push(sampler.sample());
  const medianOf = (id: string) => median(samples.get(id) ?? []);

  const costs = new Map<string, Costs>();
  for (const topology of TOPOLOGIES) {
    const topologyCosts: Costs = { cold: new Map(), lazy: new Map() };
    for (const [fn, ids] of groupsOf(topology)) {
      const alone = medianOf(key(`${topology.name}\u0000${fn}`, ''));
      for (const id of ids) {
        const withRoute = medianOf(key(`${topology.name}\u0000${fn}`, id));
        topologyCosts.cold.set(key(fn, id), withRoute);
        topologyCosts.lazy.set(key(fn, id), topology.router ? Math.max(0, withRoute - alone) : 0);
      }
    }
    costs.set(topology.name, topologyCosts);
  }
  return {
    costs,
    references: new Map([...references.keys()].map((name) => [name, medianOf(`reference ${name}`)])),
  };
}

const pct = (share: number) => `${(share * 100).toFixed(2)} %`;

async function main(): Promise<void> {
  const missing = [...TRACE_ROUTES].filter((id) => !ROUTES.some((r) => r.id === id));
  if (missing.length > 0)
    throw new Error(`the traces name routes the table does not have: ${missing.join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-topology-'));
  try {
    const { costs: measured, references } = await measure(dir);
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
    // the libraries that route needs, measured interleaved with it.
    const chosen = TOPOLOGIES.find((t) => CHOSEN.startsWith(t.name)) as Topology;
    const chosenCosts = measured.get(chosen.name) as Costs;
    for (const [name, ms] of references) console.log(`reference ${name}: ${ms.toFixed(1)} ms`);
    const ratios = ROUTES.map((route) => {
      const reference = references.get(needsKey(needsOf(route))) ?? Number.NaN;
      const cold = chosenCosts.cold.get(key(chosen.functionOf(route.id), route.id)) ?? 0;
      return { id: route.id, ratio: cold / reference };
    });
    const over = ratios.filter((r) => r.ratio > P2_GOAL);
    console.log(
      `P2 (${chosen.name}): cold start ÷ the reference of its libraries: median ${median(ratios.map((r) => r.ratio)).toFixed(2)}×, max ${Math.max(...ratios.map((r) => r.ratio)).toFixed(2)}×; ${over.length} of ${ratios.length} above ${P2_GOAL}×${over.length > 0 ? `: ${over.map((r) => `${r.id} ${r.ratio.toFixed(2)}×`).join(', ')}` : ''}`,
    );
    if (over.length > 0) missed++;
    if (check && missed > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
