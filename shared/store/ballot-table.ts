/**
 * The ballot box of secret votes, as plain data shared by CDK and the local stack. It is a table
 * of its own so that a choice leaves no trace a reader of the main table can tie to a voter:
 *
 * - no stream: the main table's stream shows that a member voted (the marker and the audit event),
 *   never a choice; no stream record of a ballot exists to sit next to it;
 * - no point-in-time recovery: a restore at an instant could otherwise be compared with the
 *   markers present at that instant;
 * - items carry no time and a random key (`BALLOT#<nominationId>#<box>` / a random UUID), so their
 *   order and content say nothing of who cast them or when.
 *
 * The voter's marker and the ballot are still written in one transaction (a vote counts once and
 * is never lost). What remains is in docs/workflow.md ("Secret ballot: who can learn what").
 */
export const BALLOT_TABLE_DEFINITION = {
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  billingMode: 'PAY_PER_REQUEST',
} as const;

/** The ballot box table that goes with a main table, by name (CDK names its own and passes it). */
export const ballotTableNameFor = (tableName: string): string => `${tableName}-ballots`;
