import type { z } from 'zod';
import { type FieldIssue, ValidationError } from '../domain/errors';

/** Turns zod issues into the field issues of the error model (`nominee.fullName`, …). */
export function fieldIssues(error: z.ZodError, prefix?: string): FieldIssue[] {
  const join = (...parts: (string | undefined)[]) =>
    parts.filter((part) => part !== undefined && part !== '').join('.');
  return error.issues.flatMap((issue) => {
    const path = join(prefix, ...issue.path.map(String));
    // Name each unknown field itself (`body.state`), not just the object that held it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: join(path, key),
        code: 'unrecognized_key',
        message: `Trường "${key}" không được phép gửi lên.`,
      }));
    }
    return [{ path, code: issue.code, message: issue.message }];
  });
}

/** Parses `input` with `schema`, or throws a ValidationError naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldIssues(result.error, prefix));
  return result.data;
}
