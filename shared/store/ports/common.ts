/** A page of a list. `cursor` is present when there may be more; pass it back to get the next page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly cursor?: string;
}

export interface PageRequest {
  /** Opaque, from the previous page. A cursor this store did not issue is `INVALID_CURSOR`. */
  readonly cursor?: string;
  /** Page size, 1..100; 20 when absent. */
  readonly limit?: number;
}

/** Injected so that tests fix time; adapters never call `new Date()` themselves. */
export interface Clock {
  now(): Date;
}

/**
 * The most writes one atomic change may hold (DynamoDB's limit of actions in one
 * TransactWriteItems): use cases that change many records at once plan within it.
 */
export const MAX_TRANSACTION_ITEMS = 100;
