import { ValidationError } from '../../domain/errors';

/** Refuses a mapping that leaves a required field without a column, naming each (400). */
export function requireColumns<F extends string>(
  mapping: Partial<Record<F, number>>,
  required: readonly F[],
  headers: Readonly<Record<F, string>>,
): void {
  const missing = required.filter((field) => mapping[field] === undefined);
  if (missing.length > 0)
    throw new ValidationError(
      missing.map((field) => ({
        path: `body.mapping.${field}`,
        code: 'column_missing',
        message: `Chưa chọn cột “${headers[field]}”.`,
      })),
      'Chưa ghép đủ các cột bắt buộc của tệp.',
    );
}
