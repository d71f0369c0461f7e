import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { buildProvince } from '../../infra/province';
import { loadProvinceConfig } from '../../infra/province-config';
import { ROUTES } from '../../shared/http/route-table';

describe('synth with bundling', () => {
  it('bundles a function through NodejsFunction with the local esbuild, offline and without Docker', () => {
    // One route proves the CDK bundling path (local esbuild found, ESM output, source map): CDK
    // runs it through `npx` at ~2 s a function, so every function would cost minutes here.
    // bundle-budget.test.ts bundles all of them with the same options through esbuild's API,
    // and `npm run synth` bundles all of them through CDK.
    const app = new App();
    buildProvince(app, loadProvinceConfig('ha-tinh'), {
      routeAreas: [{ name: 'test', routes: ROUTES.slice(0, 1) }],
      backgroundFunctions: [],
    });
    const assembly = app.synth();
    const bundles = readdirSync(assembly.directory).filter(
      (name) => name.startsWith('asset.') && existsSync(join(assembly.directory, name, 'index.mjs')),
    );
    // The route's and the user pool's trigger (stateful stack).
    expect(bundles).toHaveLength(2);
    for (const bundle of bundles)
      expect(existsSync(join(assembly.directory, bundle, 'index.mjs.map'))).toBe(true);
  }, 60_000);
});
