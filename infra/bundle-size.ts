import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { handlerEntry, ROUTES } from '../shared/http/route-table';
import { BACKGROUND_FUNCTIONS } from './background-functions';
import { ESBUILD_OPTIONS } from './bundling';
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
  readonly id: string;
  readonly entry: string;
  /** Bytes of the minified output, read from esbuild's metafile. */
  readonly bytes: number;
  /** The three heaviest input packages, for a report that says where the weight is. */
  readonly heaviest: readonly { readonly pkg: string; readonly bytes: number }[];
}

/** The user pool's trigger, deployed with the pool in the stateful stack (`constructs/auth.ts`). */
export const COGNITO_TRIGGERS = ['end-sessions-after-reset'] as const;

/** Every deployed function: one per route, plus the background functions and the pool's trigger. */
export function functionEntries(): { id: string; entry: string }[] {
  return [
    ...ROUTES.map((route) => route.id),
    ...BACKGROUND_FUNCTIONS.map((fn) => fn.id),
    ...COGNITO_TRIGGERS,
  ].map((id) => ({
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

function heaviest(metafile: Metafile, output: string): { pkg: string; bytes: number }[] {
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[output]?.inputs ?? {}))
    byPackage.set(packageOf(input), (byPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
  return [...byPackage.entries()]
    .map(([pkg, bytes]) => ({ pkg, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
}

/**
 * Bundles one handler with the construct's own esbuild options (in memory, nothing written
 * unless `outdir` is given) and reads the size of the `.mjs` from the metafile.
 */
export async function measureBundle(id: string, entry: string, outdir?: string): Promise<BundleMeasure> {
  const result = await build({
    ...ESBUILD_OPTIONS,
    entryPoints: { index: entry },
    outdir: outdir ?? join(REPO_ROOT, 'cdk.out', 'bundle-size', id),
    write: outdir !== undefined,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: REPO_ROOT,
  });
  const output = Object.keys(result.metafile.outputs).find((path) => path.endsWith('.mjs'));
  if (!output) throw new Error(`${id}: esbuild produced no .mjs`);
  return {
    id,
    entry,
    bytes: result.metafile.outputs[output]?.bytes ?? 0,
    heaviest: heaviest(result.metafile, output),
  };
}

/**
 * Bundles every entry in one esbuild run (each output stays self-contained: no code splitting),
 * which parses the shared modules once instead of once per function.
 */
export async function measureBundles(
  entries: readonly { id: string; entry: string }[],
  outdir?: string,
): Promise<BundleMeasure[]> {
  if (entries.length === 0) return [];
  const result = await build({
    ...ESBUILD_OPTIONS,
    entryPoints: Object.fromEntries(entries.map(({ id, entry }) => [`${id}/index`, entry])),
    outdir: outdir ?? join(REPO_ROOT, 'cdk.out', 'bundle-size'),
    write: outdir !== undefined,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: REPO_ROOT,
  });
  return entries.map(({ id, entry }) => {
    const output = Object.keys(result.metafile.outputs).find((path) => path.endsWith(`/${id}/index.mjs`));
    if (!output) throw new Error(`${id}: esbuild produced no .mjs`);
    return {
      id,
      entry,
      bytes: result.metafile.outputs[output]?.bytes ?? 0,
      heaviest: heaviest(result.metafile, output),
    };
  });
}
