import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DomainError, type ErrorKind, ValidationError } from '../domain/errors';
import { jsonResponse } from './response';

const STATUS_BY_KIND: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rule-refused': 422,
};

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
export function errorResponse(error: unknown): APIGatewayProxyStructuredResultV2 {
  if (error instanceof DomainError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error instanceof ValidationError) body.error.issues = error.issues;
    else if (error.details) body.error.details = error.details;
    return jsonResponse(STATUS_BY_KIND[error.kind], body);
  }
  return jsonResponse(500, {
    error: { code: 'INTERNAL_ERROR', message: 'Hệ thống gặp sự cố. Vui lòng thử lại sau.' },
  } satisfies ErrorBody);
}
