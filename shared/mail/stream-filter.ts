/**
 * The one definition of which stream records wake the notifier. CDK turns these patterns into
 * the event source mapping's filter criteria (`infra/background-functions.ts`), and the local
 * stream poller applies them with `matchesStreamFilter`, so local and cloud wake for the same
 * records. Patterns use Lambda's event-filtering syntax, limited to what is used here: exact
 * values, `prefix` and `exists`.
 */

export type FilterValue =
  | string
  | number
  | boolean
  | { readonly prefix: string }
  | { readonly exists: boolean };
export interface FilterPattern {
  readonly [field: string]: FilterPattern | readonly FilterValue[];
}

/** Audit events whose transition notifies someone (`notifies` is written by the store). */
const NOTIFYING_EVENTS: FilterPattern = {
  eventName: ['INSERT'],
  dynamodb: { NewImage: { type: { S: ['AuditEvent'] }, notifies: { BOOL: [true] } } },
};

/** A decision, revocation or tờ trình once every listed nomination carries it. */
const ISSUED_DOCUMENTS: FilterPattern = {
  eventName: ['INSERT', 'MODIFY'],
  dynamodb: { NewImage: { type: { S: ['Decision'] }, status: { S: ['issued'] } } },
};

/** A council meeting as it opens (written with its agenda's transitions). */
const OPENED_MEETINGS: FilterPattern = {
  eventName: ['INSERT'],
  dynamodb: { NewImage: { type: { S: ['Meeting'] }, status: { S: ['open'] } } },
};

export const NOTIFY_STREAM_FILTERS: readonly FilterPattern[] = [
  NOTIFYING_EVENTS,
  ISSUED_DOCUMENTS,
  OPENED_MEETINGS,
];

const isRuleList = (value: FilterPattern[string]): value is readonly FilterValue[] => Array.isArray(value);

function matchesValue(actual: unknown, rule: FilterValue): boolean {
  if (typeof rule !== 'object') return actual === rule;
  if ('prefix' in rule) return typeof actual === 'string' && actual.startsWith(rule.prefix);
  return rule.exists ? actual !== undefined : actual === undefined;
}

/** True when `record` (a stream record as Lambda receives it) matches `pattern`. */
export function matchesStreamFilter(record: unknown, pattern: FilterPattern): boolean {
  return Object.entries(pattern).every(([field, rule]) => {
    const actual = (record as Record<string, unknown> | undefined)?.[field];
    if (isRuleList(rule)) return rule.some((r) => matchesValue(actual, r));
    return (
      actual !== null && typeof actual === 'object' && matchesStreamFilter(actual, rule as FilterPattern)
    );
  });
}

/** True when any of `patterns` matches (filters are OR-ed, as in Lambda). */
export const passesStreamFilters = (
  record: unknown,
  patterns: readonly FilterPattern[] = NOTIFY_STREAM_FILTERS,
) => patterns.some((pattern) => matchesStreamFilter(record, pattern));
