import { ConflictError, type DomainError } from '../../domain/errors';
import type { RuleSet } from '../../domain/rules';
import {
  type Action,
  applyBatchDecision,
  applyTransition,
  type DecisionRef,
  type TransitionContext,
  type TransitionEvent,
  type WorkflowNomination,
} from '../../domain/workflow';
import type { Nomination } from '../../store';
import { actorOf } from '../actor';
import type { Principal } from '../principal';
import { toWorkflow } from '../run-transition';

/** Facts of a batch member besides actor, time and authority (filled in here). */
export type BatchFacts = Omit<TransitionContext, 'actor' | 'at' | 'authority'>;

export interface Judged {
  readonly nomination: Nomination;
  readonly next: WorkflowNomination;
  readonly event: TransitionEvent;
  readonly transition: { readonly role: string };
}

/**
 * Judges one action on many nominations, all or nothing: every one must pass, or nothing is
 * written. Decisions go through `applyBatchDecision` (one Quyết định, duplicates refused); other
 * batches (a tờ trình, a meeting's agenda) through `applyTransition` one by one. When several
 * fail, the answer lists them all so the list can be fixed before signing.
 */
export function judgeBatch(
  action: Action,
  nominations: readonly Nomination[],
  base: { principal: Principal; at: string; ruleSet: RuleSet },
  facts: (n: Nomination) => BatchFacts = () => ({}),
  decision?: DecisionRef,
): Judged[] {
  const contextOf = (n: Nomination): TransitionContext => ({
    ...facts(n),
    actor: actorOf(base.principal),
    at: base.at,
    authority: base.ruleSet.awards[n.awardCode].authority,
  });
  const failures: { nominationId: string; error: DomainError }[] = [];
  const judged: Judged[] = [];
  if ((action === 'decide' || action === 'province_decide') && decision) {
    const items = nominations.map((n) => ({ nomination: toWorkflow(n), context: contextOf(n) }));
    const result = applyBatchDecision(action, decision, items);
    if (!result.ok) failures.push(...result.failures);
    else
      result.results.forEach((r, i) => {
        const nomination = nominations[i] as Nomination;
        judged.push({ nomination, next: r.next, event: r.event, transition: { role: r.event.actor.role } });
      });
  } else {
    const seen = new Set<string>();
    for (const n of nominations) {
      if (seen.has(n.id)) {
        failures.push({
          nominationId: n.id,
          error: new ConflictError('BATCH_DUPLICATE_NOMINATION', 'Một đề nghị được liệt kê hai lần.'),
        });
        continue;
      }
      seen.add(n.id);
      const result = applyTransition(toWorkflow(n), action, contextOf(n));
      if (result.ok) judged.push({ nomination: n, ...result });
      else failures.push({ nominationId: n.id, error: result.error });
    }
  }
  if (failures.length === 0) return judged;
  const first = failures[0] as { nominationId: string; error: DomainError };
  // A refusal other than a conflict (a missing field, a forbidden step) is answered as itself.
  if (failures.length === 1 || !failures.every((f) => f.error instanceof ConflictError)) throw first.error;
  throw new ConflictError(
    'BATCH_REFUSED',
    'Có đề nghị trong danh sách không thể xử lý; không đề nghị nào được ghi.',
    {
      failures: failures.map((f) => ({
        nominationId: f.nominationId,
        code: f.error.code,
        message: f.error.message,
      })),
    },
  );
}
