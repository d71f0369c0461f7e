import { ConflictError, type DomainError } from '../errors';
import { applyTransition, type TransitionEvent } from './apply-transition';
import type { DecisionRef, TransitionContext, WorkflowNomination } from './context';

/** One nomination of a batch and its own facts (each award has its own deciding authority). */
export interface BatchItem<N extends WorkflowNomination> {
  readonly nomination: N;
  readonly context: Omit<TransitionContext, 'decision'>;
}

export type BatchDecisionResult<N extends WorkflowNomination> =
  | {
      readonly ok: true;
      readonly decision: DecisionRef;
      readonly results: readonly { next: N; event: TransitionEvent }[];
    }
  | { readonly ok: false; readonly failures: readonly { nominationId: string; error: DomainError }[] };

/**
 * Applies one signed decision (Quyết định) to every nomination it lists, all or nothing: a
 * decision is one document, so if one listed nomination cannot be decided, none is, and the caller
 * fixes the list before signing. `action` is `decide` for the Sở, `province_decide` for the province.
 */
export function applyBatchDecision<N extends WorkflowNomination>(
  action: 'decide' | 'province_decide',
  decision: DecisionRef,
  items: readonly BatchItem<N>[],
): BatchDecisionResult<N> {
  const failures: { nominationId: string; error: DomainError }[] = [];
  const results: { next: N; event: TransitionEvent }[] = [];
  const seen = new Set<string>();
  for (const { nomination, context } of items) {
    if (seen.has(nomination.id)) {
      failures.push({
        nominationId: nomination.id,
        error: new ConflictError(
          'DECISION_DUPLICATE_NOMINEE',
          'Một đề nghị được liệt kê hai lần trong quyết định.',
        ),
      });
      continue;
    }
    seen.add(nomination.id);
    const result = applyTransition(nomination, action, { ...context, decision });
    if (result.ok) results.push({ next: result.next, event: result.event });
    else failures.push({ nominationId: nomination.id, error: result.error });
  }
  if (items.length === 0) {
    failures.push({
      nominationId: '',
      error: new ConflictError('DECISION_EMPTY', 'Quyết định phải có ít nhất một đề nghị.'),
    });
  }
  return failures.length > 0 ? { ok: false, failures } : { ok: true, decision, results };
}
