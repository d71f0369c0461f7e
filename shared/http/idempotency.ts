/**
 * Idempotency of the create-or-decide routes: a retried request (same caller, same route, same
 * key) gets the first answer and has no second effect; the same key with another request (path
 * or body) is refused. The record is written inside the request's own first change
 * (`shared/store/dynamo/request-claim.ts`) and its answer added once the request has one.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { ROUTE_TIMEOUT_SECONDS } from '../app/limits';
import { ConflictError, ValidationError } from '../domain/errors';
import { isConditionFailure } from '../store/dynamo/condition-failure';
import {
  AlreadyClaimedError,
  claimBeforeWrites,
  claimPut,
  type RequestClaim,
  runClaimed,
} from '../store/dynamo/request-claim';
import { transactWrite } from '../store/dynamo/transact';
import type { Clock } from '../store/ports/common';
import { Reply } from './http-handler';
import { logger } from './observability';

/** 24 hours: long enough for any client retry, short enough to keep the table small. */
const RECORD_TTL_SECONDS = 24 * 60 * 60;
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/** Refuses a create-or-decide call without a well-formed `Idempotency-Key` header. */
export const requireIdempotencyKey = (): MiddlewareObj<APIGatewayProxyEventV2> => ({
  before: ({ event }) => {
    const key = event.headers?.['idempotency-key'];
    if (!key || !KEY_PATTERN.test(key)) {
      throw new ValidationError([
        {
          path: 'headers.idempotency-key',
          code: key ? 'invalid_idempotency_key' : 'missing_idempotency_key',
          message:
            'Cần gửi kèm tiêu đề Idempotency-Key (8–128 ký tự chữ, số, dấu chấm, gạch dưới, hai chấm, gạch ngang).',
        },
      ]);
    }
  },
});

export interface IdempotencyStore {
  readonly client: DynamoDBClient;
  readonly table: string;
  readonly clock: Clock;
}

type Answer = unknown;
interface StoredRecord {
  readonly requestHash: string;
  readonly answer?: string;
  readonly runningUntil?: number;
}

/** Method, path and body: what makes two requests with one key the same request. */
function requestHashOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): string {
  const body =
    event.body === undefined
      ? ''
      : event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString()
        : event.body;
  return createHash('sha256')
    .update(`${event.requestContext.http.method} ${event.rawPath}\n${body}`)
    .digest('base64url');
}

function claimOf(
  routeId: string,
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  store: IdempotencyStore,
): RequestClaim {
  const nowMs = store.clock.now().getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const sub = String(event.requestContext.authorizer?.jwt?.claims?.sub ?? '');
  return {
    table: store.table,
    id: `${routeId}#${sub}#${event.headers['idempotency-key']}`,
    requestHash: requestHashOf(event),
    attempt: randomUUID(),
    nowSeconds,
    expiresAt: nowSeconds + RECORD_TTL_SECONDS,
    runningUntil: nowMs + ROUTE_TIMEOUT_SECONDS * 1000,
    state: 'open',
  };
}

async function readRecord(store: IdempotencyStore, claim: RequestClaim): Promise<StoredRecord | undefined> {
  const { Item } = await store.client.send(
    new GetItemCommand({ TableName: store.table, Key: { id: { S: claim.id } }, ConsistentRead: true }),
  );
  if (!Item || Number(Item.expiration?.N ?? 0) < claim.nowSeconds) return undefined;
  return {
    requestHash: Item.requestHash?.S ?? '',
    ...(Item.answer?.S === undefined ? {} : { answer: Item.answer.S }),
    ...(Item.runningUntil?.N === undefined ? {} : { runningUntil: Number(Item.runningUntil.N) }),
  };
}

const toStored = (answer: Answer): string =>
  JSON.stringify(answer instanceof Reply ? { body: answer.body, headers: answer.headers } : { body: answer });

function fromStored(stored: string): Answer {
  const { body, headers } = JSON.parse(stored) as { body: unknown; headers?: Record<string, string> };
  return headers ? new Reply(body, headers) : body;
}

/** The first answer to this request, or the conflict that explains why there is none. */
function replayOf(record: StoredRecord | undefined, claim: RequestClaim, nowMs: number): Answer {
  if (record && record.requestHash !== claim.requestHash)
    throw new ConflictError(
      'IDEMPOTENCY_KEY_REUSED',
      'Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác.',
    );
  if (record?.answer !== undefined) return fromStored(record.answer);
  // Its change is made; its answer not yet written (or lost with a process that died after the change).
  if (!record || (record.runningUntil ?? 0) > nowMs)
    throw new ConflictError('IDEMPOTENCY_IN_PROGRESS', 'Yêu cầu với cùng Idempotency-Key đang được xử lý.');
  throw new ConflictError(
    'IDEMPOTENCY_ALREADY_APPLIED',
    'Yêu cầu này đã được thực hiện trước đó; vui lòng tải lại trang để xem kết quả.',
  );
}

/** Adds the answer to the record this attempt wrote with its change. */
async function recordAnswer(store: IdempotencyStore, claim: RequestClaim, answer: Answer): Promise<void> {
  try {
    await store.client.send(
      new UpdateItemCommand({
        TableName: store.table,
        Key: { id: { S: claim.id } },
        UpdateExpression: 'SET answer = :answer REMOVE runningUntil',
        ConditionExpression: 'attempt = :attempt',
        ExpressionAttributeValues: { ':answer': { S: toStored(answer) }, ':attempt': { S: claim.attempt } },
      }),
    );
  } catch (error) {
    // The change is made and answered; only a retry will miss the answer (409, "already applied").
    logger.warn('idempotency answer not recorded', { error: error as Error, record: claim.id });
  }
}

/** A request that wrote nothing still keeps its answer, so a retry is answered the same. */
async function recordWithAnswer(
  store: IdempotencyStore,
  claim: RequestClaim,
  answer: Answer,
): Promise<boolean> {
  try {
    await store.client.send(new PutItemCommand(claimPut({ ...claim, answer: toStored(answer) })));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * A change made, then a failure: the record goes, as the request's effect is not whole and a
 * retry must be able to run (the use cases that change in steps resume or re-check them).
 */
async function release(store: IdempotencyStore, claim: RequestClaim): Promise<void> {
  await store.client
    .send(
      new DeleteItemCommand({
        TableName: store.table,
        Key: { id: { S: claim.id } },
        ConditionExpression: 'attempt = :attempt',
        ExpressionAttributeValues: { ':attempt': { S: claim.attempt } },
      }),
    )
    .catch((error: unknown) => logger.warn('idempotency record not released', { error: error as Error }));
}

type Outcome = { readonly answer: Answer } | 'run-again';

/** A failed attempt: the first answer if this request was made before, else its own error. */
async function replayOrThrow(store: IdempotencyStore, claim: RequestClaim, error: unknown, nowMs: number) {
  const earlier = await readRecord(store, claim).catch(() => undefined);
  if (earlier) return replayOf(earlier, claim, nowMs);
  throw error;
}

/** An answer given without a change: kept too, unless the request was made before (its answer). */
async function answerWithoutChange(
  store: IdempotencyStore,
  claim: RequestClaim,
  answer: Answer,
  nowMs: number,
) {
  if (await recordWithAnswer(store, claim, answer)) return answer;
  return replayOf(await readRecord(store, claim), claim, nowMs);
}

/**
 * The request run ahead of its change (`RequestClaim.runAhead`): its one transaction is held until
 * it has its answer, then sent with the record and the answer — the whole request in one write.
 * `run-again` when it could not be (more than one change, a change refused for its own reasons,
 * a failure after its change): nothing of it was written, and it runs again as usual.
 */
async function runAhead(
  store: IdempotencyStore,
  claim: RequestClaim,
  proceed: () => Promise<Answer>,
  nowMs: number,
): Promise<Outcome> {
  let answer: Answer;
  try {
    answer = await runClaimed(claim, proceed);
  } catch (error) {
    if (claim.ranOut || claim.held) return 'run-again';
    return { answer: await replayOrThrow(store, claim, error, nowMs) };
  }
  if (claim.ranOut) return 'run-again';
  const { held } = claim;
  if (!held) return { answer: await answerWithoutChange(store, claim, answer, nowMs) };
  claim.runAhead = false;
  claim.answer = toStored(answer);
  try {
    await runClaimed(claim, () => transactWrite(store.client, held.writes, held.options));
    return { answer };
  } catch (error) {
    if (error instanceof AlreadyClaimedError)
      return { answer: replayOf(await readRecord(store, claim), claim, nowMs) };
    // Refused by its own conditions (a race, the quota) or a fault: run as usual, which says why.
    return 'run-again';
  }
}

/** The request run as usual: the record goes with its first write, the answer after. */
async function runAsUsual(
  store: IdempotencyStore,
  claim: RequestClaim,
  proceed: () => Promise<Answer>,
  nowMs: number,
): Promise<Answer> {
  let answer: Answer;
  try {
    answer = await runClaimed(claim, proceed);
  } catch (error) {
    if (claim.state === 'claimed') {
      await release(store, claim);
      throw error;
    }
    return replayOrThrow(store, claim, error, nowMs);
  }
  if (claim.state === 'claimed') {
    await recordAnswer(store, claim, answer);
    return answer;
  }
  if (claim.state === 'open') return answerWithoutChange(store, claim, answer, nowMs);
  // Refused for the record (the use case may have carried on, as a list's rows do): the first answer.
  return replayOf(await readRecord(store, claim), claim, nowMs);
}

export interface IdempotencyOptions {
  /**
   * False for a route never run ahead of its change: one that acts outside DynamoDB too (Cognito:
   * a request run again would act twice), or whose use case retries its own change on a race (a
   * document's number): under a race its held change would be lost and the whole run repeated.
   */
  readonly runAhead?: boolean;
}

/**
 * Runs a request's use case under its idempotency claim and answers as the first attempt did
 * when this one is a retry: found when its change is refused for the record, or when it fails
 * (a retry usually fails: the first attempt changed what it reads).
 */
export function idempotentRun(routeId: string, store: IdempotencyStore, options: IdempotencyOptions = {}) {
  claimBeforeWrites(store.client);
  return async (
    event: APIGatewayProxyEventV2WithJWTAuthorizer,
    proceed: () => Promise<Answer>,
  ): Promise<Answer> => {
    const nowMs = store.clock.now().getTime();
    if (options.runAhead !== false) {
      const outcome = await runAhead(
        store,
        { ...claimOf(routeId, event, store), runAhead: true },
        proceed,
        nowMs,
      );
      if (outcome !== 'run-again') return outcome.answer;
    }
    return runAsUsual(store, claimOf(routeId, event, store), proceed, nowMs);
  };
}
