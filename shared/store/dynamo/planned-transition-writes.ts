/**
 * The writes of one nomination transition: its guarded update, its next audit event and its
 * extras. `NominationRepository.transition` sends them alone; `plannedTransitionWrites` builds them
 * from the nomination as the caller read it, so several can share one `TransactWriteItems` with a
 * meeting or a decision. One place, so both keep the same item shapes and guards (version and
 * state condition, append-only event).
 */
import { NotFoundError } from '../../domain/errors';
import { type AuditEvent, chainEvent } from '../audit-chain';
import { conflict } from '../errors';
import { nominationIndexKeys, nominationKey } from '../keys';
import type { PlannedTransition } from '../ports/council-repositories';
import type { Nomination, Transition } from '../ports/nomination-repository';
import { toAttributes } from './codec';
import { eventToItem, nominationFromItem } from './nomination-item';
import type { GuardedWrite } from './transact';
import { extraWrite } from './transition-extras';

/** The next event of the nomination's audit chain for this transition. */
export function transitionEvent(current: Nomination, input: Transition, at: string): AuditEvent {
  return chainEvent(
    { seq: current.lastEventSeq, hash: current.lastEventHash },
    {
      nominationId: input.id,
      seq: current.lastEventSeq + 1,
      ...input.event,
      at,
      from: input.from,
      to: input.to,
    },
  );
}

/** The conflict a caller's expectation meets against the nomination as it is, if any. */
export function staleError(current: Nomination, input: Transition): Error | undefined {
  if (current.version !== input.expectedVersion) {
    return conflict('NOMINATION_VERSION_CONFLICT', {
      nominationId: input.id,
      expectedVersion: input.expectedVersion,
      actualVersion: current.version,
    });
  }
  if (current.state !== input.from) {
    return conflict('NOMINATION_STATE_CONFLICT', {
      nominationId: input.id,
      expectedState: input.from,
      actualState: current.state,
    });
  }
  return undefined;
}

export interface TransitionWrite {
  readonly input: Transition;
  /** The nomination after the transition: its state, version, event head and GSI2 keys are set. */
  readonly next: Nomination;
  readonly event: AuditEvent;
  readonly at: string;
  /** Further attributes to set, after the ones every transition sets. */
  readonly changed?: Readonly<Record<string, unknown>>;
  /** Attributes to remove. */
  readonly remove?: readonly string[];
}

/**
 * Two writes (the nomination's update, guarded by the version and state the caller expects, and
 * its next audit event, which must not exist yet), plus one per extra (e.g. a quota place or an
 * initiative given back when a council fails the nomination).
 */
export function transitionWrites(
  tableName: string,
  { input, next, event, at, changed = {}, remove = [] }: TransitionWrite,
): GuardedWrite[] {
  const index = nominationIndexKeys(next);
  const set: Record<string, unknown> = {
    state: next.state,
    version: next.version,
    updatedAt: next.updatedAt,
    lastEventSeq: next.lastEventSeq,
    lastEventHash: next.lastEventHash,
    GSI2PK: index.GSI2PK,
    GSI2SK: index.GSI2SK,
    ...changed,
  };
  const names = Object.keys(set);
  const removal = remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : '';
  return [
    {
      write: {
        Update: {
          TableName: tableName,
          Key: toAttributes({ ...nominationKey(input.id) }),
          UpdateExpression: `SET ${names.map((_, i) => `#a${i} = :a${i}`).join(', ')}${removal}`,
          ConditionExpression: '#version = :expected AND #state = :from',
          ExpressionAttributeNames: {
            ...Object.fromEntries(names.map((name, i) => [`#a${i}`, name])),
            '#version': 'version',
            '#state': 'state',
          },
          ExpressionAttributeValues: toAttributes({
            ...Object.fromEntries(names.map((name, i) => [`:a${i}`, set[name]])),
            ':expected': input.expectedVersion,
            ':from': input.from,
          }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      // The condition failed on an item that exists, so its version or its state is not the expected one.
      onConditionFailed: (old) =>
        old === undefined
          ? new NotFoundError('nomination', input.id, 'Không tìm thấy hồ sơ đề nghị.')
          : (staleError(nominationFromItem(old), input) ?? conflict('NOMINATION_VERSION_CONFLICT')),
    },
    {
      write: {
        Put: {
          TableName: tableName,
          Item: toAttributes(eventToItem(event)),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () => conflict('AUDIT_EVENT_CONFLICT', { nominationId: input.id, seq: event.seq }),
    },
    ...(input.extras ?? []).map((extra) =>
      extraWrite(extra, { tableName, nominationId: input.id, seq: event.seq, at }),
    ),
  ];
}

/** The writes of a transition planned against the nomination as the caller read it. */
export function plannedTransitionWrites(
  tableName: string,
  { current, transition: input }: PlannedTransition,
  at: string,
): GuardedWrite[] {
  const event = transitionEvent(current, input, at);
  const next: Nomination = {
    ...current,
    ...input.changes,
    state: input.to,
    version: current.version + 1,
    updatedAt: at,
    lastEventSeq: event.seq,
    lastEventHash: event.hash,
  };
  return transitionWrites(tableName, {
    input,
    next,
    event,
    at,
    changed: input.changes?.records === undefined ? {} : { records: input.changes.records },
  });
}
