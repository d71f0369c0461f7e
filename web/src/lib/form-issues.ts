import * as z from 'zod/mini';
import { toFieldIssues } from '../../../shared/domain/forms/field-issues';
import { viErrorMap } from '../../../shared/domain/forms/vi-error-map';
import type { FieldIssue } from '../api/client';

/** Field path → first message, for the fields of one form. */
export type IssueMap = Readonly<Record<string, string>>;

export function toIssueMap(issues: readonly FieldIssue[]): IssueMap {
  const map: Record<string, string> = {};
  for (const issue of issues) map[issue.path] ??= issue.message;
  return map;
}

/**
 * Validates with the very schema the API parses the body with, in Vietnamese: the browser and the
 * server cannot disagree about a rule, and the messages are the same.
 */
export function validate<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | { ok: false; issues: IssueMap } {
  const result = z.safeParse(schema, input, { error: viErrorMap, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toIssueMap(toFieldIssues(result.error)) };
}
