/**
 * Correcting an entry of the award history that was entered by hand (history from before the
 * system, a decision made elsewhere): the entry is replaced by the corrected one, guarded by the
 * version the corrector read, in one transaction with its change-log entry. An entry a decision
 * of the system wrote (`nominationId`) or one already revoked is not corrected here: a revoking
 * decision annuls it, so the history never disagrees with the decisions.
 */
import { ConflictError, NotFoundError } from '../../domain/errors';
import { awardKey } from '../keys';
import type { RegistryChange } from '../ports/change-log';
import type { AwardEntry } from '../ports/registry-repositories';
import { awardItem } from './award-item';
import { changeLogWrite } from './change-log';
import { toAttributes } from './codec';
import type { GuardedWrite } from './transact';
import { VERSION_CONFLICT } from './versioned-update';

/** An entry stored before versions were kept is at version 1. */
export const awardVersion = (entry: Pick<AwardEntry, 'version'>): number => entry.version ?? 1;

const sameKey = (a: AwardEntry, b: AwardEntry) =>
  a.holder.kind === b.holder.kind &&
  a.holder.id === b.holder.id &&
  a.year === b.year &&
  a.awardCode === b.awardCode &&
  a.entryId === b.entryId;

/** What went wrong, read from the stored entry at the moment the guard failed. */
function failure(current: AwardEntry, expectedVersion: number) {
  return (old: Record<string, unknown> | undefined): Error => {
    if (old === undefined)
      return new NotFoundError('award', current.entryId, 'Không tìm thấy khen thưởng trong lịch sử.');
    if (old.nominationId !== undefined || old.revokedBy !== undefined)
      return new ConflictError(
        'AWARD_NOT_CORRECTABLE',
        'Khen thưởng do quyết định trong hệ thống ghi nhận hoặc đã bị hủy bỏ; chỉ sửa được bằng quyết định hủy bỏ.',
      );
    return new ConflictError(
      VERSION_CONFLICT,
      'Khen thưởng vừa được người khác sửa. Vui lòng tải lại rồi thực hiện lại thao tác.',
      { entity: 'award', expectedVersion, actualVersion: awardVersion(old as Pick<AwardEntry, 'version'>) },
    );
  };
}

export function awardCorrectionWrites(
  tableName: string,
  current: AwardEntry,
  corrected: AwardEntry,
  expectedVersion: number,
  change: RegistryChange,
): { writes: GuardedWrite[]; stored: AwardEntry } {
  const stored: AwardEntry = { ...corrected, version: expectedVersion + 1 };
  const guard = {
    ConditionExpression:
      'attribute_exists(PK) AND attribute_not_exists(nominationId) AND attribute_not_exists(revokedBy) AND ' +
      '((attribute_not_exists(#version) AND :expected = :one) OR #version = :expected)',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: toAttributes({ ':expected': expectedVersion, ':one': 1 }),
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
  const onGuardFailed = failure(current, expectedVersion);
  const put = (condition: object): GuardedWrite['write'] => ({
    Put: { TableName: tableName, Item: toAttributes(awardItem(stored)), ...condition },
  });
  const writes: GuardedWrite[] = sameKey(current, corrected)
    ? [{ write: put(guard), onConditionFailed: onGuardFailed }]
    : [
        {
          write: {
            Delete: {
              TableName: tableName,
              Key: toAttributes({
                ...awardKey(current.holder, current.year, current.awardCode, current.entryId),
              }),
              ...guard,
            },
          },
          onConditionFailed: onGuardFailed,
        },
        {
          write: put({ ConditionExpression: 'attribute_not_exists(PK)' }),
          onConditionFailed: () =>
            new ConflictError(
              'ALREADY_EXISTS',
              'Quá trình khen thưởng đã có khen thưởng này theo quyết định này.',
              { entryId: corrected.entryId },
            ),
        },
      ];
  return { writes: [...writes, changeLogWrite(tableName, change)], stored };
}
