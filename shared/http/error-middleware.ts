import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DomainError } from '../domain/errors';
import { errorResponse, isTransientFault } from './error-response';
import { logger } from './observability';

/**
 * Registered first so that its `onError` runs last: every error leaves as the one error model;
 * unexpected ones are logged with their stack and answered with a generic 500.
 */
export const errorMiddleware = (
  routeId: string,
): MiddlewareObj<unknown, APIGatewayProxyStructuredResultV2> => ({
  onError: (request) => {
    const error = request.error;
    if (error instanceof DomainError) logger.info('request refused', { routeId, code: error.code });
    else if (isTransientFault(error))
      logger.warn('storage unavailable (503)', { routeId, error: error as Error });
    else logger.error('unexpected error', { routeId, error: error as Error });
    request.response = errorResponse(error);
  },
});
