/**
 * The province rule overrides shipped in `config/rules/`, imported statically so a Lambda bundle
 * carries them (a deployed function has no `config/` folder to read). They are validated before
 * they can ship, not at every cold start: `infra/province-config.ts` parses the province's file
 * with `parseProvinceOverrides` at synth and refuses to build when it is invalid or differs from
 * what is returned here. That keeps the override schema (zod) out of the functions' bundles and
 * its parse out of their cold starts.
 */
import caoBang from '../config/rules/cao-bang.json';
import demoHaTinh from '../config/rules/demo-ha-tinh.json';
import haTinh from '../config/rules/ha-tinh.json';
import laiChau from '../config/rules/lai-chau.json';
import langSon from '../config/rules/lang-son.json';
import laoCai from '../config/rules/lao-cai.json';
import type { ProvinceRuleOverrides } from './domain/rules';

const FILES: Readonly<Record<string, unknown>> = {
  'cao-bang': caoBang,
  /** The demo's rules (`npm start`, the tests): Hà Tĩnh plus an illustrative quy chế with a cap. */
  'demo-ha-tinh': demoHaTinh,
  'ha-tinh': haTinh,
  'lai-chau': laiChau,
  'lang-son': langSon,
  'lao-cai': laoCai,
};

/** The demo's rule file: a local stack serves it in place of its province's (`RULES_CODE`). */
export const DEMO_RULES_CODE = 'demo-ha-tinh';

/** The overrides of a province, or `undefined` when it ships none (the national rules apply). */
export function ruleOverridesFor(provinceCode: string): ProvinceRuleOverrides | undefined {
  return FILES[provinceCode] as ProvinceRuleOverrides | undefined;
}
