import { ApiError } from '../api/client';
import { newIdempotencyKey } from './ids';

/** What a bulk step did: how many went through, and who did not with the API's reason. */
export interface BulkResult {
  readonly title: string;
  readonly done: string;
  readonly ok: number;
  readonly failed: readonly { readonly name: string; readonly message: string }[];
}

/** The API's reason, with what each refused rule says (the missing documents, by name). */
const reasonOf = (err: unknown): string =>
  err instanceof ApiError
    ? [err.message, ...err.refusals.map((r) => r.message).filter((m) => m !== err.message)].join(' ')
    : String(err);

/**
 * Runs one step over many dossiers, one request each (each is its own workflow step, with its
 * own version and idempotency key): a refusal of one leaves the others done, and is reported
 * with its name. `onProgress` says how far it is, for a long list.
 */
export async function runBulk<T extends { readonly nominee: { readonly name: string } }>(
  items: readonly T[],
  step: (item: T, idempotencyKey: string) => Promise<unknown>,
  onProgress?: (done: number) => void,
): Promise<{ ok: number; failed: { name: string; message: string }[] }> {
  const failed: { name: string; message: string }[] = [];
  let ok = 0;
  for (const [i, item] of items.entries()) {
    try {
      await step(item, newIdempotencyKey());
      ok += 1;
    } catch (err) {
      failed.push({ name: item.nominee.name, message: reasonOf(err) });
    }
    onProgress?.(i + 1);
  }
  return { ok, failed };
}
