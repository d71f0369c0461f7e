import { ValidationError } from '../errors';
import { viErrorMap } from '../forms/vi-error-map';
import { type ProvinceRuleOverrides, provinceRuleOverridesSchema } from './overrides-schema';

/**
 * Vietnamese messages for zod's built-in checks, the same map the forms use, applied to this parse
 * only (no global config). Not `z.locales.vi()`: touching `z.locales` bundles all 64 locales.
 */
const vietnamese = viErrorMap;

/**
 * Validates a province override file's content.
 * @throws ValidationError naming every invalid field (dotted path, Vietnamese message).
 */
export function parseProvinceOverrides(input: unknown): ProvinceRuleOverrides {
  const parsed = provinceRuleOverridesSchema.safeParse(input, { error: vietnamese });
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: issue.code,
      message: issue.message,
    })),
    'Tệp cấu hình quy tắc của tỉnh không hợp lệ.',
  );
}
