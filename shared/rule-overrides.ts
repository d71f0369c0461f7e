/**
 * The province rule overrides shipped in `config/rules/`, imported statically so a Lambda bundle
 * carries them (a deployed function has no `config/` folder to read). Each is validated here, once.
 */
import caoBang from '../config/rules/cao-bang.json';
import haTinh from '../config/rules/ha-tinh.json';
import laiChau from '../config/rules/lai-chau.json';
import langSon from '../config/rules/lang-son.json';
import laoCai from '../config/rules/lao-cai.json';
import { type ProvinceRuleOverrides, parseProvinceOverrides } from './domain/rules';

const FILES: Readonly<Record<string, unknown>> = {
  'cao-bang': caoBang,
  'ha-tinh': haTinh,
  'lai-chau': laiChau,
  'lang-son': langSon,
  'lao-cai': laoCai,
};

/** The overrides of a province, or `undefined` when it ships none (the national rules apply). */
export function ruleOverridesFor(provinceCode: string): ProvinceRuleOverrides | undefined {
  const file = FILES[provinceCode];
  return file === undefined ? undefined : parseProvinceOverrides(file);
}
