/** One key per user action: the same key is sent again when that action is retried, never a new one. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
