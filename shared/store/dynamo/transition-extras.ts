/**
 * The extra actions a state change may carry in its transaction, each with the condition that
 * makes it safe under concurrency and the conflict its failure means.
 */

import { randomUUID } from 'node:crypto';
import { ValidationError } from '../../domain/errors';
import { ballotTableNameFor } from '../ballot-table';
import { conflict } from '../errors';
import {
  ballotKey,
  ENTITY,
  initiativeUseKey,
  nomineeClaimKey,
  quotaCounterKey,
  tallyKey,
  voteKey,
} from '../keys';
import type { TransitionExtra } from '../ports/nomination-repository';
import { awardItem, awardRevocationUpdate } from './award-item';
import { toAttributes } from './codec';
import { TALLY_ATTRIBUTE_PREFIX } from './nomination-item';
import type { GuardedWrite } from './transact';

export interface ExtraContext {
  readonly tableName: string;
  readonly nominationId: string;
  readonly seq: number;
  readonly at: string;
}

const TALLY_FIELD = /^[a-z][a-z0-9_]{0,39}$/;

export function extraWrite(extra: TransitionExtra, ctx: ExtraContext): GuardedWrite {
  const { tableName, nominationId, seq, at } = ctx;
  switch (extra.kind) {
    case 'vote':
      return {
        write: {
          Put: {
            TableName: tableName,
            Item: toAttributes({
              ...voteKey(nominationId, extra.memberId, extra.box),
              type: ENTITY.vote,
              nominationId,
              memberId: extra.memberId,
              choice: extra.choice,
              conflictReason: extra.conflictReason,
              at,
              seq,
            }),
            ConditionExpression: 'attribute_not_exists(PK)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        // The member's one place is taken: by a vote, or by a declared conflict of interest.
        onConditionFailed: (old) =>
          conflict(old?.conflictReason === undefined ? 'VOTE_ALREADY_CAST' : 'COUNCIL_CONFLICT_DECLARED', {
            nominationId,
            memberId: extra.memberId,
          }),
      };
    case 'tally': {
      if (!TALLY_FIELD.test(extra.field)) {
        throw new ValidationError([
          {
            path: 'extras.tally.field',
            code: 'INVALID_TALLY_FIELD',
            message: 'Tên mục kiểm phiếu không hợp lệ.',
          },
        ]);
      }
      return {
        write: {
          Update: {
            TableName: tableName,
            Key: toAttributes({ ...tallyKey(nominationId, extra.box) }),
            UpdateExpression: 'SET #type = :type, nominationId = :nid, #n = if_not_exists(#n, :zero) + :by',
            ExpressionAttributeNames: { '#type': 'type', '#n': `${TALLY_ATTRIBUTE_PREFIX}${extra.field}` },
            ExpressionAttributeValues: toAttributes({
              ':type': ENTITY.tally,
              ':nid': nominationId,
              ':zero': 0,
              ':by': extra.by ?? 1,
            }),
          },
        },
      };
    }
    case 'quota':
      return {
        write: {
          Update: {
            TableName: tableName,
            Key: toAttributes({ ...quotaCounterKey(extra) }),
            UpdateExpression:
              'SET #type = :type, organisationId = :org, unitId = :unit, awardCode = :award, #year = :year, #used = if_not_exists(#used, :zero) + :one',
            // The limit is checked against the stored count, so two units racing for the last
            // place cannot both take it.
            ConditionExpression: '(attribute_not_exists(#used) AND :zero < :limit) OR #used < :limit',
            ExpressionAttributeNames: { '#type': 'type', '#used': 'used', '#year': 'year' },
            ExpressionAttributeValues: toAttributes({
              ':type': ENTITY.quotaCounter,
              ':org': extra.organisationId,
              ':unit': extra.unitId,
              ':award': extra.awardCode,
              ':year': extra.year,
              ':zero': 0,
              ':one': 1,
              ':limit': extra.limit,
            }),
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        onConditionFailed: (old) =>
          conflict('QUOTA_EXHAUSTED', {
            unitId: extra.unitId,
            awardCode: extra.awardCode,
            year: extra.year,
            limit: extra.limit,
            used: old?.used ?? 0,
          }),
      };
    case 'quota-release':
      return {
        write: {
          Update: {
            TableName: tableName,
            Key: toAttributes({ ...quotaCounterKey(extra) }),
            UpdateExpression: 'SET #used = #used - :one',
            // Never below zero: only a nomination that took a place gives one back.
            ConditionExpression: 'attribute_exists(#used) AND #used > :zero',
            ExpressionAttributeNames: { '#used': 'used' },
            ExpressionAttributeValues: toAttributes({ ':zero': 0, ':one': 1 }),
          },
        },
        onConditionFailed: () =>
          conflict('QUOTA_NOT_HELD', {
            unitId: extra.unitId,
            awardCode: extra.awardCode,
            year: extra.year,
          }),
      };
    case 'initiative-use':
      return {
        write: {
          Put: {
            TableName: tableName,
            Item: toAttributes({
              ...initiativeUseKey(extra.initiativeId),
              type: ENTITY.initiativeUse,
              initiativeId: extra.initiativeId,
              nominationId,
              at,
            }),
            ConditionExpression: 'attribute_not_exists(PK)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        onConditionFailed: (old) =>
          conflict('INITIATIVE_ALREADY_USED', {
            initiativeId: extra.initiativeId,
            usedBy: old?.nominationId,
          }),
      };
    case 'initiative-release':
      return {
        write: {
          Delete: {
            TableName: tableName,
            Key: toAttributes({ ...initiativeUseKey(extra.initiativeId) }),
            ConditionExpression: 'nominationId = :nid',
            ExpressionAttributeValues: toAttributes({ ':nid': nominationId }),
          },
        },
        onConditionFailed: () =>
          conflict('INITIATIVE_NOT_HELD', { initiativeId: extra.initiativeId, nominationId }),
      };
    case 'nominee-claim':
      return {
        write: {
          Put: {
            TableName: tableName,
            Item: toAttributes({
              ...nomineeClaimKey(extra.holder, extra.year, extra.awardCode),
              type: ENTITY.nomineeClaim,
              holderKind: extra.holder.kind,
              holderId: extra.holder.id,
              awardCode: extra.awardCode,
              year: extra.year,
              nominationId,
              at,
            }),
            // Two submissions racing for the same holder, award and year: exactly one writes it.
            ConditionExpression: 'attribute_not_exists(PK)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        onConditionFailed: (old) =>
          conflict('NOMINEE_ALREADY_NOMINATED', {
            holder: extra.holder,
            awardCode: extra.awardCode,
            year: extra.year,
            nominatedBy: old?.nominationId,
          }),
      };
    case 'nominee-release':
      return {
        write: {
          Delete: {
            TableName: tableName,
            Key: toAttributes({ ...nomineeClaimKey(extra.holder, extra.year, extra.awardCode) }),
            ConditionExpression: 'nominationId = :nid',
            ExpressionAttributeValues: toAttributes({ ':nid': nominationId }),
          },
        },
        onConditionFailed: () =>
          conflict('NOMINEE_NOT_HELD', {
            holder: extra.holder,
            awardCode: extra.awardCode,
            year: extra.year,
            nominationId,
          }),
      };
    case 'ballot': {
      if (!TALLY_FIELD.test(extra.choice)) {
        throw new ValidationError([
          {
            path: 'extras.ballot.choice',
            code: 'INVALID_TALLY_FIELD',
            message: 'Lựa chọn biểu quyết không hợp lệ.',
          },
        ]);
      }
      return {
        write: {
          Put: {
            TableName: ballotTableNameFor(tableName),
            // Only the choice: no voter, no time, no sequence; a random key orders nothing.
            Item: toAttributes({
              ...ballotKey(nominationId, extra.box),
              SK: `BALLOT#${randomUUID()}`,
              choice: extra.choice,
            }),
            ConditionExpression: 'attribute_not_exists(SK)',
          },
        },
      };
    }
    case 'award':
      return {
        write: {
          Put: {
            TableName: tableName,
            Item: toAttributes(awardItem(extra.entry)),
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        onConditionFailed: () =>
          conflict('ALREADY_EXISTS', {
            entity: 'award',
            holder: extra.entry.holder,
            entryId: extra.entry.entryId,
          }),
      };
    case 'award-revoke':
      return {
        write: {
          Update: {
            ...awardRevocationUpdate(tableName, extra.revocation),
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        onConditionFailed: (old) =>
          conflict(old === undefined ? 'AWARD_NOT_FOUND' : 'AWARD_ALREADY_REVOKED', {
            holder: extra.revocation.holder,
            entryId: extra.revocation.entryId,
          }),
      };
  }
}
