/**
 * The writes of one nomination transition, built from the nomination as the caller read it, so
 * several can share one `TransactWriteItems` with a meeting or a decision. Same item shapes and
 * guards as `NominationRepository.transition` (version and state condition, append-only event).
 */
import { NotFoundError } from '../../domain/errors';
import { chainEvent } from '../audit-chain';
import { conflict } from '../errors';
import { nominationIndexKeys, nominationKey } from '../keys';
import type { PlannedTransition } from '../ports/council-repositories';
import type { Nomination } from '../ports/nomination-repository';
import { toAttributes } from './codec';
import { eventToItem, nominationFromItem } from './nomination-item';
import type { GuardedWrite } from './transact';
import { extraWrite } from './transition-extras';

/**
 * Two writes per nomination (its guarded update and its next audit event), plus one per extra
 * (e.g. a quota place or an initiative given back when a council fails the nomination).
 */
export function plannedTransitionWrites(
  tableName: string,
  { current, transition: input }: PlannedTransition,
  at: string,
): GuardedWrite[] {
  const event = chainEvent(
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
  const next: Nomination = {
    ...current,
    ...input.changes,
    state: input.to,
    version: current.version + 1,
    updatedAt: at,
    lastEventSeq: event.seq,
    lastEventHash: event.hash,
  };
  const index = nominationIndexKeys(next);
  const set: Record<string, unknown> = {
    state: next.state,
    version: next.version,
    updatedAt: next.updatedAt,
    lastEventSeq: next.lastEventSeq,
    lastEventHash: next.lastEventHash,
    GSI2PK: index.GSI2PK,
    GSI2SK: index.GSI2SK,
    ...(input.changes?.records === undefined ? {} : { records: input.changes.records }),
  };
  const names = Object.keys(set);
  return [
    {
      write: {
        Update: {
          TableName: tableName,
          Key: toAttributes({ ...nominationKey(input.id) }),
          UpdateExpression: `SET ${names.map((_, i) => `#a${i} = :a${i}`).join(', ')}`,
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
      onConditionFailed: (old) => {
        if (old === undefined)
          return new NotFoundError('nomination', input.id, 'Không tìm thấy hồ sơ đề nghị.');
        const found = nominationFromItem(old);
        return found.version !== input.expectedVersion
          ? conflict('NOMINATION_VERSION_CONFLICT', {
              nominationId: input.id,
              expectedVersion: input.expectedVersion,
              actualVersion: found.version,
            })
          : conflict('NOMINATION_STATE_CONFLICT', {
              nominationId: input.id,
              expectedState: input.from,
              actualState: found.state,
            });
      },
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
