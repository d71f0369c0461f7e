import {
  type Action,
  applyTransition,
  type NominationState,
  type TransitionContext,
  type TransitionEvent,
  type WorkflowNomination,
} from '../domain/workflow';
import type { AuditEvent, Nomination, Transition as StoreTransition, TransitionExtra } from '../store';
import { loadVisibleNomination } from './access';
import { actorOf } from './actor';
import { auditActor } from './audit/audit-actor';
import type { AppPorts } from './ports';
import type { Principal } from './principal';
import { ruleSetAt } from './rule-set';

/** The facts a caller adds to the context (the rest — actor, time, authority — is filled in here). */
export type TransitionFacts = Omit<TransitionContext, 'actor' | 'at' | 'authority'>;

export interface RunTransitionInput {
  readonly principal: Principal;
  readonly nominationId: string;
  readonly action: Action;
  readonly facts?: TransitionFacts;
  /** Writes that must happen in the same transaction (a vote, a quota place, an initiative use). */
  readonly extras?: readonly TransitionExtra[];
  /** Extra fields of the audit event, e.g. the meeting a vote belongs to. */
  readonly eventData?: Readonly<Record<string, unknown>>;
  /** A new form or nominee summary written with the change (e.g. a dossier completed on resubmit). */
  readonly changes?: { readonly form?: Nomination['form']; readonly nominee?: Nomination['nominee'] };
  /** Fields added to the nomination's records (e.g. what its submission took: `held`). */
  readonly records?: Readonly<Record<string, unknown>>;
  /**
   * The nomination as the caller already read and judged it (a submit judges eligibility, quota
   * and initiatives on it). The change is then written against this very version, so an edit that
   * lands after the caller's read is a 409, never a change judged on another version.
   */
  readonly judged?: Nomination;
}

/** The nomination as the pure workflow reads it (exported for use cases that judge a batch). */
export function toWorkflow(nomination: Nomination): WorkflowNomination {
  return {
    ...(nomination.records as Partial<WorkflowNomination> | undefined),
    id: nomination.id,
    state: nomination.state as NominationState,
    version: nomination.version,
    organisationId: nomination.organisationId,
    unitId: nomination.unitId,
    updatedAt: nomination.updatedAt,
  };
}

/**
 * The one way a nomination changes state: load it (404 if not the caller's to see), judge the
 * action with the pure workflow, then write the change and its audit event in one transaction
 * guarded by the version and state that were judged. A lost race is the store's 409.
 */
export async function runTransition(
  ports: Pick<AppPorts, 'nominations' | 'clock' | 'ruleOverrides'>,
  input: RunTransitionInput,
): Promise<{ nomination: Nomination; event: AuditEvent }> {
  const nomination =
    input.judged ?? (await loadVisibleNomination(ports.nominations, input.principal, input.nominationId));
  const at = ports.clock.now().toISOString();
  const ruleSet = ruleSetAt(ports, at);
  const { principal } = input;
  const result = applyTransition(toWorkflow(nomination), input.action, {
    ...input.facts,
    actor: actorOf(principal),
    at,
    authority: ruleSet.awards[nomination.awardCode].authority,
  });
  if (!result.ok) throw result.error;
  // The nomination was just read to judge the action: hand it to the store so it is not read twice.
  return ports.nominations.transition({
    ...storeTransitionOf(nomination, result, principal, input),
    current: nomination,
  });
}

/**
 * The store write of a judged transition: the same mapping `runTransition` uses, exported so a
 * use case that moves several nominations in one transaction (a meeting, a decision) writes
 * exactly what a single transition would.
 */
export function storeTransitionOf(
  nomination: Nomination,
  result: { next: WorkflowNomination; event: TransitionEvent; transition: { role: string } },
  principal: Principal,
  input: Pick<RunTransitionInput, 'eventData' | 'changes' | 'extras' | 'records'>,
): StoreTransition {
  const { next, event, transition } = result;
  const records = {
    ...nomination.records,
    ...input.records,
    ...(next.decision ? { decision: next.decision } : {}),
    ...(next.revocation ? { revocation: next.revocation } : {}),
    ...(next.submissionLetter ? { submissionLetter: next.submissionLetter } : {}),
  };
  return {
    id: nomination.id,
    expectedVersion: nomination.version,
    from: nomination.state,
    to: next.state,
    event: {
      action: event.action,
      actor: auditActor(principal, transition.role),
      ...(event.reason ? { reason: event.reason } : {}),
      data: {
        notify: event.notify,
        ...(event.decision ? { decision: event.decision } : {}),
        ...(event.submissionLetter ? { submissionLetter: event.submissionLetter } : {}),
        ...(event.tally ? { tally: event.tally } : {}),
        ...input.eventData,
      },
    },
    changes: { ...input.changes, records },
    ...(input.extras ? { extras: input.extras } : {}),
  };
}
