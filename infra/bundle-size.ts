import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { handlerEntry, ROUTE_AREAS } from '../shared/http/route-table';
import { type ApiFunction, apiFunctions } from './api-functions';
import { BACKGROUND_FUNCTIONS } from './background-functions';
import { functionBuildOptions } from './function-code';
import { REPO_ROOT } from './province-config';

/** `config/bundle-budget.json`: the most a function's minified bundle may weigh. */
export interface BundleBudget {
  /** The goal, in kilobytes (1 KB = 1,000 bytes) of the minified `.mjs`, source map excluded. */
  readonly targetKb: number;
  /** What fails the build; above `targetKb` only while `reason` holds. */
  readonly maxKb: number;
  readonly reason: string;
  /** Per-function exceptions, each with its reason. */
  readonly overrides: Readonly<Record<string, { readonly maxKb: number; readonly reason: string }>>;
}

export interface BundleMeasure {
  /** The function's id, or for an API route the route's (measured within its function). */
  readonly id: string;
  readonly entry: string;
  /** The API function that serves the route; absent for a function of one handler. */
  readonly function?: string;
  /** Bytes of the minified output, read from esbuild's metafile. */
  readonly bytes: number;
  /** The three heaviest input packages, for a report that says where the weight is. */
  readonly heaviest: readonly { readonly pkg: string; readonly bytes: number }[];
}

/** The user pool's trigger, deployed with the pool in the stateful stack (`constructs/auth.ts`). */
export const COGNITO_TRIGGERS = ['end-sessions-after-reset'] as const;

/** Every deployed function of one handler: the background functions and the pool's trigger. */
export function functionEntries(): { id: string; entry: string }[] {
  return [...BACKGROUND_FUNCTIONS.map((fn) => fn.id), ...COGNITO_TRIGGERS].map((id) => ({
    id,
    entry: join(REPO_ROOT, handlerEntry({ id })),
  }));
}

export function readBudget(path = join(REPO_ROOT, 'config', 'bundle-budget.json')): BundleBudget {
  return JSON.parse(readFileSync(path, 'utf8')) as BundleBudget;
}

export const budgetBytes = (budget: BundleBudget, id: string): number =>
  (budget.overrides[id]?.maxKb ?? budget.maxKb) * 1000;

function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return match?.[1] ?? '(app code)';
}

function heaviest(metafile: Metafile, ...outputs: string[]): { pkg: string; bytes: number }[] {
  const byPackage = new Map<string, number>();
  for (const output of outputs)
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[output]?.inputs ?? {}))
      byPackage.set(packageOf(input), (byPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
  return [...byPackage.entries()]
    .map(([pkg, bytes]) => ({ pkg, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
}

/**
 * Bundles one handler as CDK does (`functionBuildOptions`: code split, so what the SDK loads only
 * on demand, such as the credential providers' clients, stays out of the cold start) and
 * measures what loading `index.mjs` loads: it and the chunks it imports statically.
 */
export async function measureBundle(id: string, entry: string, outdir?: string): Promise<BundleMeasure> {
  const result = await build({
    ...functionBuildOptions(
      { kind: 'handler', entry },
      outdir ?? join(REPO_ROOT, 'cdk.out', 'bundle-size', id),
    ),
    write: outdir !== undefined,
    metafile: true,
    logLevel: 'silent',
  });
  const { metafile } = result;
  const output = Object.keys(metafile.outputs).find((path) => path.endsWith('/index.mjs'));
  if (!output) throw new Error(`${id}: esbuild produced no index.mjs`);
  const loaded = [...staticClosure(metafile, output)];
  return {
    id,
    entry,
    bytes: bytesOf(metafile, loaded),
    heaviest: heaviest(metafile, ...loaded),
  };
}

/** `measureBundle` for each entry, built side by side; `outdir/<id>/` when written. */
export function measureBundles(
  entries: readonly { id: string; entry: string }[],
  outdir?: string,
): Promise<BundleMeasure[]> {
  return Promise.all(entries.map(({ id, entry }) => measureBundle(id, entry, outdir && join(outdir, id))));
}

/** The bytes of these outputs together. */
const bytesOf = (metafile: Metafile, outputs: readonly string[]): number =>
  outputs.reduce((sum, output) => sum + (metafile.outputs[output]?.bytes ?? 0), 0);

/** An output and every chunk it imports statically, transitively: what loading it loads. */
function staticClosure(metafile: Metafile, output: string, into = new Set<string>()): Set<string> {
  if (into.has(output)) return into;
  into.add(output);
  for (const imported of metafile.outputs[output]?.imports ?? [])
    if (imported.kind === 'import-statement' && metafile.outputs[imported.path])
      staticClosure(metafile, imported.path, into);
  return into;
}

/**
 * Bundles one API function as CDK does (a router, code split: `functionBuildOptions`) and
 * measures, for each of its routes, what a cold start on that route loads: the router's entry
 * and the route's chunks, with the chunks they import. That is the number the budget holds.
 */
export async function measureApiFunction(fn: ApiFunction, outdir?: string): Promise<BundleMeasure[]> {
  const entryFor = (id: string) => join(REPO_ROOT, handlerEntry({ id }));
  const result = await build({
    ...functionBuildOptions(
      { kind: 'router', name: fn.name, routes: fn.routes, entryFor },
      outdir ?? join(REPO_ROOT, 'cdk.out', 'bundle-size', fn.name),
    ),
    write: outdir !== undefined,
    metafile: true,
    logLevel: 'silent',
  });
  const { metafile } = result;
  const outputs = Object.entries(metafile.outputs);
  const outputOf = (entry: string) =>
    outputs.find(([, out]) => out.entryPoint && join(REPO_ROOT, out.entryPoint) === entry)?.[0];
  const entryOutput = outputs.find(([path]) => path.endsWith('/index.mjs'))?.[0];
  if (!entryOutput) throw new Error(`${fn.name}: esbuild produced no index.mjs`);
  const router = staticClosure(metafile, entryOutput);
  return fn.routes.map((route) => {
    const routeOutput = outputOf(entryFor(route.id));
    if (!routeOutput) throw new Error(`${fn.name}: no chunk for route ${route.id}`);
    const loaded = [...staticClosure(metafile, routeOutput, new Set(router))];
    return {
      id: route.id,
      entry: entryFor(route.id),
      function: fn.name,
      bytes: bytesOf(metafile, loaded),
      heaviest: heaviest(metafile, ...loaded),
    };
  });
}

/** Every route's cold-start bytes, function by function (`apiFunctions` of the route table). */
export async function measureApi(outdir?: string): Promise<BundleMeasure[]> {
  const measures = await Promise.all(
    apiFunctions(ROUTE_AREAS).map((fn) => measureApiFunction(fn, outdir && join(outdir, fn.name))),
  );
  return measures.flat();
}
