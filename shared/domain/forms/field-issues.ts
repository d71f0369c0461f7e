import * as z from 'zod/mini';
import { type FieldIssue, ValidationError } from '../errors';
import { viErrorMap } from './vi-error-map';

const joinPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** Stable, program-facing code of a zod issue; refinements name theirs in `params.code`. */
function codeOf(issue: z.core.$ZodIssue): string {
  // `input` is only present when the parse ran with `reportInput` (as `parseForm` does).
  const isMissing = issue.code !== 'custom' && 'input' in issue && issue.input === undefined;
  if (isMissing) return 'required';
  switch (issue.code) {
    case 'invalid_type':
      return 'invalid_type';
    case 'too_big':
      if (issue.origin === 'string') return 'too_long';
      if (issue.origin === 'array' || issue.origin === 'set') return 'too_many';
      return 'too_large';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'required' : 'too_short';
      if (issue.origin === 'array' || issue.origin === 'set') return 'too_few';
      return 'too_small';
    case 'invalid_format':
      return 'invalid_format';
    case 'invalid_value':
    case 'invalid_union':
      return 'invalid_option';
    case 'custom': {
      const code = issue.params?.code;
      return typeof code === 'string' ? code : 'invalid';
    }
    default:
      return 'invalid';
  }
}

/**
 * Flattens a ZodError into field issues. An unknown key becomes one issue per key, at the key's own
 * path (`state`, `nominee.version`), so a client learns which field it must not send.
 */
export function toFieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: joinPath([...issue.path, key]),
        code: 'unknown_field',
        message: `Trường không được phép: ${key}.`,
      }));
    }
    return [{ path: joinPath(issue.path), code: codeOf(issue), message: issue.message }];
  });
}

/** Result of `safeParseForm`: the parsed, normalised value or a ValidationError naming each field. */
export type FormResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ValidationError };

/** Parses `input` with Vietnamese messages; never throws for bad input. */
export function safeParseForm<S extends z.core.$ZodType>(schema: S, input: unknown): FormResult<z.output<S>> {
  const result = z.safeParse(schema, input, { error: viErrorMap, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: new ValidationError(toFieldIssues(result.error)) };
}

/** Parses `input` with Vietnamese messages; throws a ValidationError naming each bad field. */
export function parseForm<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  const result = safeParseForm(schema, input);
  if (!result.ok) throw result.error;
  return result.value;
}
