import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { type BuildOptions, buildSync } from 'esbuild';
import type { Route } from '../shared/http/route';
import { routeKeyOf } from '../shared/http/route';
import { ESBUILD_OPTIONS } from './bundling';
import { REPO_ROOT } from './province-config';

/** What a function's bundle is built from. */
export type FunctionSource =
  /** One handler file (a background function, the user pool's trigger). */
  | { readonly kind: 'handler'; readonly entry: string }
  /** A router over several routes, each route's handler file loaded on first use. */
  | {
      readonly kind: 'router';
      readonly name: string;
      readonly routes: readonly Pick<Route, 'id' | 'method' | 'path'>[];
      /** Absolute path of a route's handler file from its id. */
      readonly entryFor: (id: string) => string;
    };

const ROUTER_MODULE = join(REPO_ROOT, 'shared', 'http', 'router.ts');

/**
 * The entry of a router function: `makeRouter` over one dynamic `import()` per route, which
 * esbuild turns into one chunk per route (code shared by routes goes to shared chunks).
 */
export function routerEntrySource(
  routes: readonly Pick<Route, 'id' | 'method' | 'path'>[],
  entryFor: (id: string) => string,
): string {
  const rows = routes.map(
    (route) => `  ${JSON.stringify(routeKeyOf(route))}: () => import(${JSON.stringify(entryFor(route.id))}),`,
  );
  return [
    '// Generated at synth from the route table (infra/function-code.ts); not a source file.',
    `import { makeRouter } from ${JSON.stringify(ROUTER_MODULE)};`,
    `export const handler = makeRouter({\n${rows.join('\n')}\n});`,
    '',
  ].join('\n');
}

/**
 * Where a router's generated entry is written before esbuild reads it: a fixed place named by
 * its content, so that the bundle (whose source map names the file) is the same on every synth —
 * CDK hashes the output, and an unchanged function must not be uploaded again — and two synths
 * running at once never overwrite each other's entry.
 */
export const ENTRIES_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'tdkt-entries');

/** The file esbuild starts from; a router's entry is written to `entriesDir` first. */
function entryFile(source: FunctionSource, entriesDir: string): string {
  if (source.kind === 'handler') return source.entry;
  const text = routerEntrySource(source.routes, source.entryFor);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  mkdirSync(entriesDir, { recursive: true });
  const file = join(entriesDir, `${source.name}-${hash}.entry.ts`);
  writeFileSync(file, text);
  return file;
}

/** What tells two functions' sources apart, for CDK's asset cache (it cannot see into `tryBundle`). */
function sourceKey(source: FunctionSource): string {
  return source.kind === 'handler'
    ? source.entry
    : `${source.name}:${source.routes.map((route) => `${routeKeyOf(route)}=${source.entryFor(route.id)}`).join(',')}`;
}

/**
 * esbuild's options for a function: the one set of settings (`ESBUILD_OPTIONS`) with code
 * splitting, so a router's routes are chunks loaded on demand. `index.mjs` is the handler file.
 */
export function functionBuildOptions(source: FunctionSource, outdir: string, entriesDir = ENTRIES_DIR) {
  return {
    ...ESBUILD_OPTIONS,
    entryPoints: { index: entryFile(source, entriesDir) },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    absWorkingDir: REPO_ROOT,
    logLevel: 'warning',
  } satisfies BuildOptions;
}

/**
 * A function's code as a CDK asset, bundled by the local esbuild at synth (never Docker; CDK's
 * `NodejsFunction` writes a single file and cannot split code). The asset's hash is that of the
 * output, so an unchanged bundle is not uploaded again. Stacks CDK is told not to bundle (the
 * infra tests) skip it, as they skip any asset bundling.
 */
export function functionCode(source: FunctionSource): Code {
  return Code.fromAsset(REPO_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // CDK caches staged assets by their bundling options, where a function (`tryBundle`) is
      // invisible: this names the source, so two functions never share one cached bundle.
      environment: { TDKT_FUNCTION_SOURCE: sourceKey(source) },
      // Required by the type; never used, since local bundling always succeeds or throws.
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
      local: {
        tryBundle(outputDir) {
          buildSync(functionBuildOptions(source, outputDir));
          return true;
        },
      },
    },
  });
}
