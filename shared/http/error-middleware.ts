import {
  IdempotencyAlreadyInProgressError,
  IdempotencyValidationError,
} from '@aws-lambda-powertools/idempotency';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ConflictError, DomainError } from '../domain/errors';
import { errorResponse } from './error-response';
import { logger } from './observability';

/** Powertools' idempotency errors are conflicts for the caller, in our one error model. */
function normalise(error: unknown): unknown {
  if (error instanceof IdempotencyAlreadyInProgressError) {
    return new ConflictError('IDEMPOTENCY_IN_PROGRESS', 'Yêu cầu với cùng Idempotency-Key đang được xử lý.');
  }
  if (error instanceof IdempotencyValidationError) {
    return new ConflictError(
      'IDEMPOTENCY_KEY_REUSED',
      'Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác.',
    );
  }
  return error;
}

/**
 * Registered first so that its `onError` runs last: every error leaves as the one error model;
 * unexpected ones are logged with their stack and answered with a generic 500.
 */
export const errorMiddleware = (
  routeId: string,
): MiddlewareObj<unknown, APIGatewayProxyStructuredResultV2> => ({
  onError: (request) => {
    const error = normalise(request.error);
    if (error instanceof DomainError) logger.info('request refused', { routeId, code: error.code });
    else logger.error('unexpected error', { routeId, error: error as Error });
    request.response = errorResponse(error);
  },
});
