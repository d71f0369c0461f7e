/**
 * The history entry of an award as stored (`AWARD#…` under its holder, GSI4 under its unit's
 * year), and the guarded write that annuls one. One place, so the decision's transaction and
 * `PersonRepository.recordAward` / `markAwardRevoked` write the same shapes with the same guards.
 */
import { awardIndexKeys, awardKey, ENTITY } from '../keys';
import type { AwardEntry, AwardRevocation } from '../ports/registry-repositories';
import { toAttributes } from './codec';

export const awardItem = (entry: AwardEntry) => ({
  ...awardKey(entry.holder, entry.year, entry.awardCode, entry.entryId),
  type: ENTITY.award,
  ...awardIndexKeys(entry),
  ...entry,
});

/** The update that marks an entry revoked: only an existing entry, not revoked by another decision. */
export const awardRevocationUpdate = (tableName: string, revocation: AwardRevocation) => {
  const { holder, year, awardCode, entryId, revokedBy } = revocation;
  return {
    TableName: tableName,
    Key: toAttributes({ ...awardKey(holder, year, awardCode, entryId) }),
    UpdateExpression: 'SET #revokedBy = :revokedBy',
    ConditionExpression:
      'attribute_exists(PK) AND (attribute_not_exists(#revokedBy) OR #revokedBy.decisionId = :decisionId)',
    ExpressionAttributeNames: { '#revokedBy': 'revokedBy' },
    ExpressionAttributeValues: toAttributes({ ':revokedBy': revokedBy, ':decisionId': revokedBy.decisionId }),
  };
};
