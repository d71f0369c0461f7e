import pMap from 'p-map';
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

/** Requests of a bulk step in flight at once, at most: a list of 40 waits for ten rounds, not forty. */
const STEPS_AT_ONCE = 4;

/**
 * Runs one step over many dossiers, one request each (each is its own workflow step, with its
 * own version and idempotency key), a few side by side: a refusal of one leaves the others done,
 * and is reported with its name, in the order of the list. `onProgress` says how many are done,
 * for a long list.
 */
export async function runBulk<T extends { readonly nominee: { readonly name: string } }>(
  items: readonly T[],
  step: (item: T, idempotencyKey: string) => Promise<unknown>,
  onProgress?: (done: number) => void,
): Promise<{ ok: number; failed: { name: string; message: string }[] }> {
  let done = 0;
  const outcomes = await pMap(
    items,
    async (item) => {
      let failure: { name: string; message: string } | undefined;
      try {
        await step(item, newIdempotencyKey());
      } catch (err) {
        failure = { name: item.nominee.name, message: reasonOf(err) };
      }
      done += 1;
      onProgress?.(done);
      return failure;
    },
    { concurrency: STEPS_AT_ONCE },
  );
  const failed = outcomes.filter((f) => f !== undefined);
  return { ok: items.length - failed.length, failed };
}
