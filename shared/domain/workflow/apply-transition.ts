import { ConflictError, type DomainError, ForbiddenError, ValidationError } from '../errors';
import { LIMITS } from '../forms/limits';
import type { Role } from '../vocabulary';
import type { DecisionRef, DocumentRef, TransitionContext, WorkflowNomination } from './context';
import { GUARDS } from './guards';
import type { NotifyCategory } from './notify';
import { isTerminal, type NominationState } from './states';
import type { TallyResult } from './tally';
import { ACTIONS, type Action, findTransition, TRANSITIONS, type Transition } from './transitions';

/**
 * The audit event of one accepted transition: written in the same transaction as the nomination,
 * and, when `notify` is not empty, picked up by the notifier from the table's stream.
 */
export interface TransitionEvent {
  readonly nominationId: string;
  readonly action: Action;
  readonly from: NominationState;
  readonly to: NominationState;
  /** The nomination's version after the transition. */
  readonly version: number;
  readonly at: string;
  readonly actor: { readonly userId: string; readonly role: Role };
  readonly notify: readonly NotifyCategory[];
  readonly reason?: string;
  readonly decision?: DecisionRef;
  readonly submissionLetter?: DocumentRef;
  readonly tally?: TallyResult;
}

export type TransitionResult<N extends WorkflowNomination> =
  | { readonly ok: true; readonly next: N; readonly event: TransitionEvent; readonly transition: Transition }
  | { readonly ok: false; readonly error: DomainError };

const refuse = (error: DomainError): { ok: false; error: DomainError } => ({ ok: false, error });

function checkReason(reason: string | undefined): string | DomainError {
  const text = (reason ?? '').trim().normalize('NFC');
  if (text.length === 0) {
    return new ValidationError([{ path: 'reason', code: 'required', message: 'Cần nêu lý do.' }]);
  }
  if (text.length > LIMITS.reason) {
    return new ValidationError([
      { path: 'reason', code: 'too_long', message: `Tối đa ${LIMITS.reason} ký tự.` },
    ]);
  }
  return text;
}

/** What the row records, copied from the context onto the nomination and the event. */
function recordedFields(row: Transition, ctx: TransitionContext) {
  switch (row.records) {
    case 'decision':
      return { nomination: { decision: ctx.decision }, event: { decision: ctx.decision } };
    case 'revocation':
      return { nomination: { revocation: ctx.decision }, event: { decision: ctx.decision } };
    case 'submission_letter':
      return {
        nomination: { submissionLetter: ctx.submissionLetter },
        event: { submissionLetter: ctx.submissionLetter },
      };
    case 'tally':
      return { nomination: {}, event: { tally: ctx.councilTally } };
    default:
      return { nomination: {}, event: {} };
  }
}

/**
 * Applies `action` to `nomination` under `context`, purely: the input is never changed. Checks, in
 * order, and returns the first failure:
 * 1. the version the caller read (409 `NOMINATION_VERSION_CONFLICT`);
 * 2. the action exists (409 `WORKFLOW_UNKNOWN_ACTION`) and some role of the actor may ever take it
 *    (403 `WORKFLOW_ROLE_NOT_ALLOWED`), so nobody learns the state of what they may not touch;
 * 3. the state is not terminal (409 `WORKFLOW_TERMINAL_STATE`) and the table has a row for
 *    (action, state) (409 `WORKFLOW_INVALID_TRANSITION`);
 * 4. the actor has that row's role (403), a reason when the row needs one (400), the row's guards.
 * On success the version rises by exactly one and the event names whom to notify.
 */
export function applyTransition<N extends WorkflowNomination>(
  nomination: N,
  action: Action,
  context: TransitionContext,
): TransitionResult<N> {
  const { actor } = context;
  if (context.expectedVersion !== undefined && context.expectedVersion !== nomination.version) {
    return refuse(
      new ConflictError('NOMINATION_VERSION_CONFLICT', 'Đề nghị vừa được người khác cập nhật; hãy tải lại.', {
        expected: context.expectedVersion,
        actual: nomination.version,
      }),
    );
  }
  if (!(ACTIONS as readonly string[]).includes(action)) {
    return refuse(new ConflictError('WORKFLOW_UNKNOWN_ACTION', 'Thao tác không tồn tại.', { action }));
  }
  if (!TRANSITIONS.some((t) => t.action === action && actor.roles.includes(t.role))) {
    return refuse(new ForbiddenError('WORKFLOW_ROLE_NOT_ALLOWED'));
  }
  const from = nomination.state;
  if (isTerminal(from)) {
    return refuse(
      new ConflictError(
        'WORKFLOW_TERMINAL_STATE',
        'Đề nghị đã kết thúc xử lý; không thể thực hiện thao tác này.',
        {
          state: from,
          action,
        },
      ),
    );
  }
  const row = findTransition(action, from);
  if (!row) {
    return refuse(
      new ConflictError(
        'WORKFLOW_INVALID_TRANSITION',
        'Thao tác này không thực hiện được ở trạng thái hiện tại.',
        {
          state: from,
          action,
        },
      ),
    );
  }
  if (!actor.roles.includes(row.role)) return refuse(new ForbiddenError('WORKFLOW_ROLE_NOT_ALLOWED'));
  let reason: string | undefined;
  // A reason is optional on other rows (a note on a resubmission) but still checked when given.
  if (row.requiresReason || (context.reason ?? '').trim() !== '') {
    const checked = checkReason(context.reason);
    if (typeof checked !== 'string') return refuse(checked);
    reason = checked;
  }
  for (const name of row.guards) {
    const error = GUARDS[name].check(nomination, context);
    if (error) return refuse(error);
  }
  const version = nomination.version + 1;
  const recorded = recordedFields(row, context);
  const next: N = { ...nomination, ...recorded.nomination, state: row.to, version, updatedAt: context.at };
  const event: TransitionEvent = {
    nominationId: nomination.id,
    action,
    from,
    to: row.to,
    version,
    at: context.at,
    actor: { userId: actor.userId, role: row.role },
    notify: row.notifies,
    ...(reason === undefined ? {} : { reason }),
    ...recorded.event,
  };
  return { ok: true, next, event, transition: row };
}
