import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { buildProvince } from '../../infra/province';
import { loadProvinceConfig } from '../../infra/province-config';
import { ROUTES } from '../../shared/http/route-table';

describe('synth with bundling', () => {
  it('bundles every function with the local esbuild, offline and without Docker', () => {
    // One province is enough: bundles do not depend on the province, and `npm run synth`
    // covers all five. The other infra tests skip bundling to stay fast.
    const app = new App();
    buildProvince(app, loadProvinceConfig('ha-tinh'));
    const assembly = app.synth();
    const bundles = readdirSync(assembly.directory).filter(
      (name) => name.startsWith('asset.') && existsSync(join(assembly.directory, name, 'index.mjs')),
    );
    expect(bundles).toHaveLength(ROUTES.length);
    for (const bundle of bundles)
      expect(existsSync(join(assembly.directory, bundle, 'index.mjs.map'))).toBe(true);
  }, 240_000);
});
