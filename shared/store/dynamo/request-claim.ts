/**
 * The idempotency record of a create-or-decide request, written inside the request's own change.
 * A request carries a claim (`runClaimed`) while its use case runs:
 * - run ahead (`runAhead`, the usual case): its one transaction is held (`holdChange`) until the
 *   request has its answer, then sent with the record's conditional Put — answer included — as one
 *   more action (`shared/http/idempotency.ts`): the change, its record and its answer are one write;
 * - run as usual: the first write it sends takes the claim with it — a transaction
 *   (`transactWrite`) gets the record's Put as one more action, any other write has it written
 *   just before (`claimBeforeWrites`) — and the answer is added after.
 * The condition (no record, or one past its time to live) fails when the same request already
 * made its change: that write is then refused with `AlreadyClaimedError` and nothing is written a
 * second time.
 *
 * Why not Powertools idempotency: it writes its record before the work and again after it (two
 * round trips of the four a vote made), and a process that died between the work and the second
 * write left a record "in progress" that later let the request run again. Here the record and
 * the change are one write.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { type DynamoDBClient, type Put, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { MAX_TRANSACTION_ITEMS } from '../ports/common';
import { isConditionFailure } from './condition-failure';
import type { GuardedWrite, TransactOptions } from './transact';

export interface RequestClaim {
  /** The idempotency table. */
  readonly table: string;
  /** Route, caller and key: `<routeId>#<sub>#<Idempotency-Key>`. */
  readonly id: string;
  /** What the request asked (method, path, body), so the same key with another request is refused. */
  readonly requestHash: string;
  /** This attempt's own token: only it may add the answer to the record it wrote. */
  readonly attempt: string;
  /** Now, in epoch seconds (from the function's clock). */
  readonly nowSeconds: number;
  /** When the record may be removed (DynamoDB time to live), epoch seconds. */
  readonly expiresAt: number;
  /** Until when a record without its answer may belong to a request still running, epoch ms. */
  readonly runningUntil: number;
  /**
   * `open` until a write carried the record; `claiming` while one carries it; `claimed` once it
   * did; `refused` if one already existed.
   */
  state: 'open' | 'claiming' | 'claimed' | 'refused';
  /** While `claiming`: settles once the write carrying the record has its outcome. */
  settled?: Promise<void>;
  /** Settles `settled` (set with it). */
  settle?: () => void;
  /**
   * Run ahead of the change: the request's one transaction is held (`held`), not sent, until the
   * request has its answer; it is then sent with the record and the answer in it, so nothing is
   * written after the change. Anything the request sends once it holds a change (a read, a second
   * change), or a write that is not a transaction, ends the run (`ranOut`, `RanOutError`): it is
   * then run again as usual. Only for requests whose effects are all in DynamoDB.
   */
  runAhead?: boolean;
  held?: HeldChange;
  ranOut?: boolean;
  /** The answer as stored, written with the record when it is known before the change is sent. */
  answer?: string;
}

/** A transaction held by a request run ahead of its change, with its options. */
export interface HeldChange {
  readonly writes: readonly GuardedWrite[];
  readonly options?: TransactOptions;
}

/** A request run ahead of its change sent more than its one transaction: it runs again as usual. */
export class RanOutError extends Error {
  override readonly name = 'RanOutError';
  constructor() {
    super('request ran out of its run ahead');
  }
}

/** The record of this request already exists: the same request made its change before. */
export class AlreadyClaimedError extends Error {
  override readonly name = 'AlreadyClaimedError';
  constructor() {
    super('idempotency record already exists');
  }
}

const requests = new AsyncLocalStorage<RequestClaim>();

/** Runs a request's use case with its claim; every write it sends on DynamoDB carries the claim. */
export function runClaimed<T>(claim: RequestClaim, work: () => Promise<T>): Promise<T> {
  return requests.run(claim, work);
}

/** The claim of the request this code runs for, while it has not been written yet. */
function openClaim(): RequestClaim | undefined {
  const claim = requests.getStore();
  return claim?.state === 'open' && !claim.runAhead ? claim : undefined;
}

/**
 * The claim a write of this request must carry, taken for it (`claiming`), or none. A request may
 * write side by side (a list's rows): while one write carries the record, the others wait for its
 * outcome, then go without it (it is written), write nothing (`AlreadyClaimedError`: the request
 * was made before), or one of them carries it in turn (the carrier failed for its own reasons).
 * Whoever takes it must `settleClaim` it, whatever happens.
 */
export async function takeClaim(): Promise<RequestClaim | undefined> {
  for (;;) {
    const running = requests.getStore();
    if (running?.state === 'claiming' && running.settled) {
      await running.settled;
      continue;
    }
    assertNotReplayed();
    const claim = openClaim();
    if (claim) {
      claim.state = 'claiming';
      claim.settled = new Promise<void>((resolve) => {
        claim.settle = resolve;
      });
    }
    return claim;
  }
}

/** The outcome of the write that carried the claim; the writes waiting for it go on. */
export function settleClaim(claim: RequestClaim, state: 'open' | 'claimed' | 'refused'): void {
  claim.state = state;
  const settle = claim.settle;
  claim.settle = undefined;
  claim.settled = undefined;
  settle?.();
}

/**
 * Refuses any further write of a request whose record was found already there: the same request
 * made its change before, so nothing of this attempt may be written (a list's later rows included,
 * which a use case carrying on after a refused row would otherwise write as new).
 */
export function assertNotReplayed(): void {
  if (requests.getStore()?.state === 'refused') throw new AlreadyClaimedError();
}

/**
 * Holds the change of a request run ahead (true), or ends its run if it already holds one or the
 * change could not carry the record too (throws `RanOutError`); false for any other request.
 */
export function holdChange(writes: readonly GuardedWrite[], options: TransactOptions | undefined): boolean {
  const claim = requests.getStore();
  if (!claim?.runAhead) return false;
  if (claim.held || claim.ranOut || writes.length >= MAX_TRANSACTION_ITEMS) {
    claim.ranOut = true;
    throw new RanOutError();
  }
  claim.held = { writes, ...(options ? { options } : {}) };
  return true;
}

/** The record's conditional Put: it succeeds only if no live record of this request exists. */
export function claimPut(claim: RequestClaim): Put {
  return {
    TableName: claim.table,
    Item: {
      id: { S: claim.id },
      requestHash: { S: claim.requestHash },
      attempt: { S: claim.attempt },
      expiration: { N: String(claim.expiresAt) },
      ...(claim.answer === undefined
        ? { runningUntil: { N: String(claim.runningUntil) } }
        : { answer: { S: claim.answer } }),
    },
    ConditionExpression: 'attribute_not_exists(id) OR expiration < :now',
    ExpressionAttributeValues: { ':now': { N: String(claim.nowSeconds) } },
  };
}

/**
 * Writes the claim on its own, before a write that cannot carry it. Refused (the record exists):
 * the claim is `refused` and `AlreadyClaimedError` thrown; a fault leaves it `open` to try again.
 */
export async function claimAlone(client: DynamoDBClient, claim: RequestClaim): Promise<void> {
  try {
    // Outside the request's context: the Put is the claim itself, not a write that waits for it.
    await requests.exit(() => client.send(new PutItemCommand(claimPut(claim))));
    settleClaim(claim, 'claimed');
  } catch (error) {
    if (isConditionFailure(error)) {
      settleClaim(claim, 'refused');
      throw new AlreadyClaimedError();
    }
    settleClaim(claim, 'open');
    throw error;
  }
}

const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand']);
const withClaim = new WeakSet<DynamoDBClient>();

/**
 * Makes every single-item write of a claimed request on `client` write the claim first (a
 * transaction carries it itself, see `transactWrite`). Installed once per client by the
 * idempotent handler; requests without a claim pass through untouched.
 */
export function claimBeforeWrites(client: DynamoDBClient): void {
  if (withClaim.has(client)) return;
  withClaim.add(client);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const running = requests.getStore();
      const write = WRITES.has(context.commandName ?? '');
      if (running?.runAhead && (running.held || write)) {
        running.ranOut = true;
        throw new RanOutError();
      }
      if (write) {
        const claim = await takeClaim();
        if (claim) await claimAlone(client, claim);
      }
      return next(args);
    },
    { step: 'initialize', name: 'tdktRequestClaim' },
  );
}
