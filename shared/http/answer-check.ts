import * as z from 'zod/mini';
import type { Route } from './route';

/**
 * Holds a route's real answer to its response schema. The local gateway runs it on every success
 * answer (so every integration and e2e test, and the demo, checks the handlers' real answers); a
 * deployed function never does. An answer that does not parse, or that carries a field its schema
 * does not declare, is a broken contract and fails the request loudly instead of reaching a
 * screen typed from that schema.
 */
export function checkAnswer(route: Pick<Route, 'id' | 'response'>, body: unknown): void {
  // What the client receives: JSON, so `undefined` fields are gone and dates are strings.
  const sent: unknown = body === undefined ? undefined : JSON.parse(JSON.stringify(body));
  const parsed = z.safeParse(route.response, sent);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(answer)'}: ${issue.message}`,
    );
    throw new Error(`answer of ${route.id} does not match its response schema: ${issues.join('; ')}`);
  }
  const undeclared = undeclaredPaths(sent, parsed.data, '');
  if (undeclared.length > 0)
    throw new Error(
      `answer of ${route.id} carries fields its response schema does not declare: ${undeclared.join(', ')}`,
    );
}

/** Paths present in what was sent and stripped by the schema's objects. */
function undeclaredPaths(sent: unknown, kept: unknown, path: string): string[] {
  if (Array.isArray(sent) && Array.isArray(kept))
    return sent.flatMap((item, index) => undeclaredPaths(item, kept[index], `${path}[${index}]`));
  if (!isObject(sent) || !isObject(kept)) return [];
  return Object.keys(sent).flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    return key in kept ? undeclaredPaths(sent[key], kept[key], at) : [at];
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
