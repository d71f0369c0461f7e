import type * as z from 'zod/mini';
import { ValidationError } from '../domain/errors';
import { safeParseForm } from '../domain/forms';

/**
 * Parses one part of a request (`params`, `query`, `body`) with the forms' Vietnamese messages,
 * or throws a ValidationError whose paths start with that part (`body.nominee.fullName`).
 */
export function parseOrThrow<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  part: string,
): z.output<S> {
  const result = safeParseForm(schema, input);
  if (result.ok) return result.value;
  throw new ValidationError(
    result.error.issues.map((issue) => ({ ...issue, path: issue.path ? `${part}.${issue.path}` : part })),
  );
}
