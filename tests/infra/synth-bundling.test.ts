import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { buildProvince } from '../../infra/province';
import { loadProvinceConfig } from '../../infra/province-config';
import { ROUTES } from '../../shared/http/route-table';
import { WARM_UP_SOURCE } from '../../shared/http/router';
import { LAMBDA_ENV } from '../bench/cold-import';

describe('synth with bundling', () => {
  it('bundles a router function with the local esbuild, code split, offline and without Docker; the bundle loads its routes', () => {
    // Two read routes (one function) prove the CDK bundling path (local esbuild, ESM, source
    // maps, one chunk per route); bundle-budget.test.ts bundles every function with the same
    // options through esbuild's API, and `npm run synth` bundles all of them through CDK.
    const routes = ROUTES.filter((route) => route.method === 'GET').slice(0, 2);
    const app = new App();
    buildProvince(app, loadProvinceConfig('ha-tinh'), {
      routeAreas: [{ name: 'test', routes }],
      backgroundFunctions: [],
    });
    const assembly = app.synth();
    const bundles = readdirSync(assembly.directory)
      .filter((name) => name.startsWith('asset.') && existsSync(join(assembly.directory, name, 'index.mjs')))
      .map((name) => join(assembly.directory, name));
    // The router's and the user pool's trigger (stateful stack).
    expect(bundles).toHaveLength(2);
    for (const bundle of bundles) expect(existsSync(join(bundle, 'index.mjs.map'))).toBe(true);
    // The router is the bundle whose entry dispatches routes (the trigger's has chunks too: the
    // SDK's on-demand imports).
    const router = bundles.find((bundle) =>
      readFileSync(join(bundle, 'index.mjs'), 'utf8').includes(WARM_UP_SOURCE),
    );
    expect(router).toBeDefined();
    expect(readdirSync(join(router as string, 'chunks')).some((name) => name.endsWith('.mjs'))).toBe(true);

    // The deployed file, in a fresh Node process with a function's environment: the warm-up
    // loads both routes' chunks.
    const event = { source: WARM_UP_SOURCE, preload: true, holdMs: 0 };
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(router as string, 'index.mjs')).href)});
process.stdout.write(JSON.stringify(await handler(${JSON.stringify(event)}, {})));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', ...LAMBDA_ENV },
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ coldStart: true, routesLoaded: 2 });

    // The same sources give the same bundles, so CDK's output hash leaves an unchanged function
    // alone on the next deploy (the generated entry is named by its content, not a temp path).
    const again = new App();
    buildProvince(again, loadProvinceConfig('ha-tinh'), {
      routeAreas: [{ name: 'test', routes }],
      backgroundFunctions: [],
    });
    const assets = (dir: string) =>
      readdirSync(dir)
        .filter((name) => name.startsWith('asset.'))
        .sort();
    expect(assets(again.synth().directory)).toEqual(assets(assembly.directory));
  }, 90_000);
});
