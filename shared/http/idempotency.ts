import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyValidationError,
} from '@aws-lambda-powertools/idempotency';
import { makeHandlerIdempotent } from '@aws-lambda-powertools/idempotency/middleware';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ConflictError, ValidationError } from '../domain/errors';

/** 24 hours: long enough for any client retry, short enough to keep the table small. */
const RECORD_TTL_SECONDS = 24 * 60 * 60;
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/** Refuses a create-or-decide call without a well-formed `Idempotency-Key` header. */
const requireIdempotencyKey = (): MiddlewareObj<APIGatewayProxyEventV2> => ({
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

/**
 * Powertools' idempotency errors are conflicts for the caller, in our one error model. Its
 * `onError` runs before the error mapper's (middy runs `onError` in reverse order of `use`).
 */
const idempotencyErrorsAsConflicts = (): MiddlewareObj<APIGatewayProxyEventV2> => ({
  onError: (request) => {
    if (request.error instanceof IdempotencyAlreadyInProgressError)
      request.error = new ConflictError(
        'IDEMPOTENCY_IN_PROGRESS',
        'Yêu cầu với cùng Idempotency-Key đang được xử lý.',
      );
    else if (request.error instanceof IdempotencyValidationError)
      request.error = new ConflictError(
        'IDEMPOTENCY_KEY_REUSED',
        'Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác.',
      );
  },
});

const refusedForAnotherRequest = (error: unknown): boolean =>
  error instanceof IdempotencyAlreadyInProgressError || error instanceof IdempotencyValidationError;

/**
 * Powertools deletes its in-progress record when the request fails; if the storage is down that
 * delete fails too, and an `onError` that throws makes middy reject the whole invocation (a bare
 * 500 from API Gateway). Keep the failure as the request's error instead, so the error mapper
 * answers it in the error model (a storage fault: 503 with Retry-After).
 */
const containOnError = (middleware: MiddlewareObj): MiddlewareObj => {
  const { onError } = middleware;
  if (!onError) return middleware;
  return {
    ...middleware,
    onError: async (request) => {
      // Refused because another request holds the key: the record is that request's, not ours.
      // Powertools' middleware would delete it anyway, letting a third attempt run beside the
      // first (two effects); leave it for its owner.
      if (refusedForAnotherRequest(request.error)) return;
      try {
        await onError(request);
      } catch (error) {
        request.error = error as Error;
      }
    },
  };
};

/**
 * Powertools idempotency: a retried request (same caller, same key) gets the first answer and
 * has no second effect; the same key with another body is refused. The key is scoped per caller
 * (`sub`) and per route (`keyPrefix`), so two users or two routes never share a record.
 */
export function idempotencyMiddlewares(routeId: string, persistenceStore: BasePersistenceLayer) {
  const config = new IdempotencyConfig({
    eventKeyJmesPath: '[requestContext.authorizer.jwt.claims.sub, headers."idempotency-key"]',
    payloadValidationJmesPath: 'body',
    throwOnNoIdempotencyKey: true,
    expiresAfterSeconds: RECORD_TTL_SECONDS,
  });
  return [
    idempotencyErrorsAsConflicts(),
    requireIdempotencyKey(),
    containOnError(
      makeHandlerIdempotent({ persistenceStore, config, keyPrefix: `tdkt.${routeId}` }) as MiddlewareObj,
    ),
  ];
}
