/**
 * The idempotency record of a create-or-decide request, written inside the request's own first
 * change. A request carries a claim (`runClaimed`) while its use case runs; the first write it
 * sends takes the claim with it:
 * - a transaction (`transactWrite`) gets the record's conditional Put as one more action, so the
 *   change and the record that it happened commit together or not at all (no extra round trip);
 * - any other write is preceded by the record's conditional Put on its own.
 * The condition (no record, or one past its time to live) fails when the same request already
 * made its change: that write is then refused with `AlreadyClaimedError` and nothing is written a
 * second time. The answer is added to the record once the request has one (`shared/http/idempotency.ts`).
 *
 * Why not Powertools idempotency: it writes its record before the work and again after it (two
 * round trips of the four a vote makes), and a process that dies between the work and the second
 * write leaves a record "in progress" that later lets the request run again. Here the record and
 * the change are one write.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { type DynamoDBClient, type Put, PutItemCommand } from '@aws-sdk/client-dynamodb';

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
  /** `open` until a write carried the record; `claimed` once it did; `refused` if one already existed. */
  state: 'open' | 'claiming' | 'claimed' | 'refused';
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
export function openClaim(): RequestClaim | undefined {
  const claim = requests.getStore();
  return claim?.state === 'open' ? claim : undefined;
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
      runningUntil: { N: String(claim.runningUntil) },
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
  // `claiming` first: the Put below passes through the middleware without claiming again.
  claim.state = 'claiming';
  try {
    await client.send(new PutItemCommand(claimPut(claim)));
    claim.state = 'claimed';
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
      claim.state = 'refused';
      throw new AlreadyClaimedError();
    }
    claim.state = 'open';
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
      const claim = openClaim();
      if (claim && WRITES.has(context.commandName ?? '')) await claimAlone(client, claim);
      return next(args);
    },
    { step: 'initialize', name: 'tdktRequestClaim' },
  );
}
