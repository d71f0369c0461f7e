/**
 * Why a transaction was cancelled, in domain terms. DynamoDB answers a cancelled
 * `TransactWriteItems` with one reason per action, in request order; the first action whose
 * condition failed names the error. Pure, so the mapping is unit-tested without DynamoDB
 * (DynamoDB Local never reports `TransactionConflict`).
 */
import type { CancellationReason, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { fromAttributes } from './codec';

// By name, not `instanceof`: a second copy of the SDK in a bundle would defeat `instanceof`.
export const isCancelled = (error: unknown): error is TransactionCanceledException =>
  error instanceof Error && error.name === 'TransactionCanceledException';

/** Turns the failed condition of one action (with the item as it was, if returned) into an error. */
export type OnConditionFailed = (oldItem: Record<string, unknown> | undefined) => Error;

export type CancellationVerdict =
  | { readonly kind: 'condition-failed'; readonly error: Error }
  | { readonly kind: 'retry' }
  | { readonly kind: 'unknown' };

export function explainCancellation(
  reasons: readonly CancellationReason[],
  guards: readonly (OnConditionFailed | undefined)[],
): CancellationVerdict {
  for (const [index, reason] of reasons.entries()) {
    if (reason.Code !== 'ConditionalCheckFailed') continue;
    const guard = guards[index];
    if (guard === undefined) return { kind: 'unknown' };
    return { kind: 'condition-failed', error: guard(reason.Item ? fromAttributes(reason.Item) : undefined) };
  }
  // Another transaction held one of the items; re-sending re-checks every condition.
  if (reasons.some((reason) => reason.Code === 'TransactionConflict')) return { kind: 'retry' };
  return { kind: 'unknown' };
}
