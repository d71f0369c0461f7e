/**
 * The table of idempotency records (`shared/http/idempotency.ts`), as plain data shared by CDK and the local stack.
 * It is kept apart from the single table so that its hot, short-lived records (TTL 24 h) never
 * mix with the nominations' history, and so that only API functions are granted access to it.
 * Attribute names are those Powertools idempotency used first, so records of either read alike.
 */
export const IDEMPOTENCY_TABLE_DEFINITION = {
  partitionKey: { name: 'id', type: 'S' },
  timeToLiveAttribute: 'expiration',
  billingMode: 'PAY_PER_REQUEST',
} as const;
