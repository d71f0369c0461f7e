import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DomainError, type ErrorKind, ServiceUnavailableError, ValidationError } from '../domain/errors';
import { jsonResponse } from './response';

const STATUS_BY_KIND: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  'unsupported-media-type': 415,
  'rule-refused': 422,
  'precondition-required': 428,
  unavailable: 503,
};

/** Names of the SDK's errors (and Node's socket codes) that say the storage could not answer now. */
const TRANSIENT_FAULTS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ServiceUnavailable',
  'InternalServerError',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
]);

/**
 * Whether an unexpected error is the storage (or the network to it) failing rather than a bug:
 * the request can be retried as it is. Looks through wrapped causes (a library may wrap the SDK's
 * error) and AggregateError (Node's connect errors).
 */
export function isTransientFault(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { name, code, cause, errors } = error as {
    name?: unknown;
    code?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof name === 'string' && TRANSIENT_FAULTS.has(name)) return true;
  if (typeof code === 'string' && TRANSIENT_FAULTS.has(code)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isTransientFault(inner, depth + 1))) return true;
  return isTransientFault(cause, depth + 1);
}

/** The one error body every route answers with. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    issues?: readonly { path: string; code: string; message: string }[];
    details?: Readonly<Record<string, unknown>>;
  };
}

/**
 * Maps an error to its HTTP answer. Only DomainErrors are exposed; anything else is an
 * internal fault and becomes a generic 500 whose details stay in the logs.
 */
export function errorResponse(raised: unknown): APIGatewayProxyStructuredResultV2 {
  const error =
    !(raised instanceof DomainError) && isTransientFault(raised) ? new ServiceUnavailableError() : raised;
  if (error instanceof DomainError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error instanceof ValidationError) body.error.issues = error.issues;
    else if (error.details) body.error.details = error.details;
    const headers: Record<string, string> =
      error instanceof ServiceUnavailableError ? { 'retry-after': String(error.retryAfterSeconds) } : {};
    return jsonResponse(STATUS_BY_KIND[error.kind], body, headers);
  }
  return jsonResponse(500, {
    error: { code: 'INTERNAL_ERROR', message: 'Hệ thống gặp sự cố. Vui lòng thử lại sau.' },
  } satisfies ErrorBody);
}
