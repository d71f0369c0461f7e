import { randomUUID } from 'node:crypto';
import {
  type DynamoDBClient,
  type TransactWriteItem,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { conflict } from '../errors';
import { MAX_TRANSACTION_ITEMS } from '../ports/common';
import { explainCancellation, isCancelled, type OnConditionFailed } from './cancellation';
import {
  AlreadyClaimedError,
  claimAlone,
  claimPut,
  holdChange,
  settleClaim,
  takeClaim,
} from './request-claim';

/** One action of a transaction and the error its condition means when it fails. */
export interface GuardedWrite {
  readonly write: TransactWriteItem;
  readonly onConditionFailed?: OnConditionFailed;
}

export interface TransactOptions {
  /** Attempts when only `TransactionConflict` cancelled it (another transaction held an item). */
  readonly attempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Writes all or nothing. A failed condition becomes the error its action names; a transaction
 * that only collided with another is re-sent (its conditions are checked afresh, so the loser of
 * a race ends with the right conflict); anything else is rethrown as it came.
 */
export async function transactWrite(
  client: DynamoDBClient,
  change: readonly GuardedWrite[],
  options: TransactOptions = {},
): Promise<void> {
  const { attempts = 3, sleep = defaultSleep } = options;
  // A request run ahead of its change sends it later, with its answer (`request-claim.ts`).
  if (holdChange(change, options)) return;
  // The first change of a create-or-decide request carries its idempotency record, first, so that
  // a request made twice is known as such before any other condition is read; its other changes
  // sent side by side wait for that outcome (`takeClaim`). A change already at DynamoDB's limit of
  // actions has the claim written just before it.
  let claim = await takeClaim();
  if (claim && change.length >= MAX_TRANSACTION_ITEMS) {
    await claimAlone(client, claim);
    claim = undefined;
  }
  const writes: readonly GuardedWrite[] = claim
    ? [{ write: { Put: claimPut(claim) }, onConditionFailed: () => new AlreadyClaimedError() }, ...change]
    : change;
  try {
    for (let attempt = 1; ; attempt++) {
      // A client token per attempt (the SDK would fill one in per command; named here so the
      // intent is in the code): when an answer is lost on its way back, the SDK's retry of the
      // same request gets the first outcome instead of a refusal by its own version guard. Our
      // retry below, after a collision, is a new attempt and takes a new token.
      const command = new TransactWriteItemsCommand({
        TransactItems: writes.map((w) => w.write),
        ClientRequestToken: randomUUID(),
      });
      try {
        await client.send(command);
        if (claim) settleClaim(claim, 'claimed');
        return;
      } catch (error) {
        if (!isCancelled(error)) throw error;
        const verdict = explainCancellation(
          error.CancellationReasons ?? [],
          writes.map((w) => w.onConditionFailed),
        );
        if (verdict.kind === 'condition-failed') {
          if (claim && verdict.error instanceof AlreadyClaimedError) settleClaim(claim, 'refused');
          throw verdict.error;
        }
        if (verdict.kind === 'unknown') throw error;
        if (attempt >= attempts) throw conflict('TRANSACTION_CONFLICT');
        await sleep(Math.round(20 * 2 ** attempt * (0.5 + Math.random())));
      }
    }
  } finally {
    // The record did not go with this change (refused for its own reasons, a fault): the next
    // write of the request carries it.
    if (claim?.state === 'claiming') settleClaim(claim, 'open');
  }
}
