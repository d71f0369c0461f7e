/**
 * Loads a province's rule overrides from `config/rules/<province>.json`. Lives outside
 * `shared/domain` because it reads the disk; the domain only validates (`parseProvinceOverrides`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ValidationError } from './domain/errors';
import { type ProvinceRuleOverrides, parseProvinceOverrides } from './domain/rules';

const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'config', 'rules');

/**
 * Reads and validates one province file; the file name must match its `province` field.
 * @throws ValidationError when the file is not valid JSON or fails the schema.
 */
export function loadProvinceRuleOverrides(province: string, dir: string = RULES_DIR): ProvinceRuleOverrides {
  const path = join(dir, `${province}.json`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ValidationError([
      {
        path: `${province}.json`,
        code: 'invalid_json',
        message: `Không đọc được tệp cấu hình: ${(error as Error).message}`,
      },
    ]);
  }
  const overrides = parseProvinceOverrides(json);
  if (overrides.province !== province) {
    throw new ValidationError([
      {
        path: 'province',
        code: 'province_mismatch',
        message: `Mã tỉnh "${overrides.province}" không khớp tên tệp "${province}.json".`,
      },
    ]);
  }
  return overrides;
}
