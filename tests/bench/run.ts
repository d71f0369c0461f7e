/**
 * Cold-import benchmark: each function's bundle, built as CDK builds it (`functionBuildOptions`;
 * for the API, each route's cold start in its area's router), is imported in a fresh Node process and timed against a baseline bundle that only imports the
 * DynamoDB client and creates it — the floor any handler of ours pays. A reference bundle adds,
 * on top of that client, the libraries our handlers are built on (Powertools Logger and middy),
 * so the report shows, measured
 * in the same run, how much of a function's ratio those libraries already take. Variants are
 * interleaved run by run so that machine noise hits them alike. Goal: each function ≤ 1.3× the
 * baseline. docs/performance.md has the numbers and what keeps functions small.
 *
 *   npm run bench                 # 20 runs per bundle
 *   npm run bench -- --runs 30    # more runs
 *   npm run bench -- --check      # exit 1 when a function misses the goal
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { apiFunctions } from '../../infra/api-functions';
import { functionEntries, measureApiFunction, measureBundles } from '../../infra/bundle-size';
import { ESBUILD_OPTIONS } from '../../infra/bundling';
import { REPO_ROOT } from '../../infra/province-config';
import { type Route, routeKeyOf } from '../../shared/http/route';
import { ROUTE_AREAS } from '../../shared/http/route-table';
import { importOnce, importRouterOnce, median, REFERENCES } from './cold-import';

const GOAL = 1.3;
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 20;
const check = args.includes('--check');

interface Variant {
  readonly id: string;
  readonly file: string;
  /** A route of a router bundle: its cold start is the entry and this route's chunks. */
  readonly routeKey?: string;
  readonly bytes: number;
  readonly samples: number[];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-bench-'));
  try {
    const variants: Variant[] = [];
    for (const [index, reference] of REFERENCES.entries()) {
      const outfile = join(dir, `_reference-${index}`, 'index.mjs');
      const result = await build({
        ...ESBUILD_OPTIONS,
        stdin: {
          contents: reference.source,
          resolveDir: REPO_ROOT,
          loader: 'ts',
          sourcefile: 'reference.ts',
        },
        outfile,
        metafile: true,
        logLevel: 'silent',
      });
      const bytes = Object.entries(result.metafile.outputs).find(([p]) => p.endsWith('.mjs'))?.[1].bytes ?? 0;
      variants.push({ id: reference.id, file: outfile, bytes, samples: [] });
    }
    for (const measure of await measureBundles(functionEntries(), dir))
      variants.push({
        id: measure.id,
        file: join(dir, measure.id, 'index.mjs'),
        bytes: measure.bytes,
        samples: [],
      });
    // The API as deployed: each route's cold start in its area function (the router's entry and
    // the route's chunks, `shared/http/router.ts`).
    for (const fn of apiFunctions(ROUTE_AREAS)) {
      const measures = await measureApiFunction(fn, join(dir, 'api', fn.name));
      for (const measure of measures) {
        const route = fn.routes.find((r) => r.id === measure.id) as Route;
        variants.push({
          id: `${measure.id} (${fn.name})`,
          file: join(dir, 'api', fn.name, 'index.mjs'),
          routeKey: routeKeyOf(route),
          bytes: measure.bytes,
          samples: [],
        });
      }
    }

    const sample = (variant: Variant) =>
      variant.routeKey ? importRouterOnce(variant.file, variant.routeKey) : importOnce(variant.file);
    for (const variant of variants) sample(variant); // warm the disk cache, not timed
    for (let run = 0; run < runs; run++)
      for (const variant of variants) variant.samples.push(sample(variant));

    const base = median(variants[0]?.samples ?? []);
    console.log(`Cold import, median of ${runs} fresh processes, Node ${process.version}, ${process.arch}`);
    console.log(
      `${'function'.padEnd(44)} ${'bundle KB'.padStart(10)} ${'import ms'.padStart(10)} ${'ratio'.padStart(7)}`,
    );
    let missed = 0;
    for (const [index, variant] of variants.entries()) {
      const ms = median(variant.samples);
      const ratio = ms / base;
      const isFunction = index >= REFERENCES.length;
      if (isFunction && ratio > GOAL) missed++;
      console.log(
        `${variant.id.padEnd(44)} ${(variant.bytes / 1000).toFixed(1).padStart(10)} ${ms.toFixed(1).padStart(10)} ${`${ratio.toFixed(2)}×`.padStart(7)}${isFunction && ratio > GOAL ? '  > goal' : ''}`,
      );
    }
    const functions = variants.slice(REFERENCES.length);
    const ratios = functions.map((variant) => median(variant.samples) / base);
    console.log(
      `ratios over ${ratios.length} functions: median ${median(ratios).toFixed(2)}×, max ${Math.max(...ratios).toFixed(2)}×`,
    );
    console.log(`goal: each function ≤ ${GOAL}× the baseline; ${missed} of ${functions.length} above it`);
    if (check && missed > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
