import { App } from 'aws-cdk-lib';
import { addNagChecks } from './nag';
import { buildProvince } from './province';
import { listProvinceCodes, loadProvinceConfig } from './province-config';

/**
 * `npx cdk synth|deploy -c province=<code>` builds one province from `config/provinces/<code>.json`;
 * `-c province=all` builds every shipped province (what `npm run synth` checks, offline).
 */
const app = new App();
const requested: unknown = app.node.tryGetContext('province');
const shipped = listProvinceCodes();
if (typeof requested !== 'string' || requested === '')
  throw new Error(`choose a province: -c province=<code> (one of ${shipped.join(', ')}) or -c province=all`);

const codes = requested === 'all' ? shipped : [requested];
for (const code of codes) buildProvince(app, loadProvinceConfig(code));
addNagChecks(app);
