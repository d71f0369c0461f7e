import middy, { type MiddlewareObj } from '@middy/core';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type * as z from 'zod/mini';
import { ForbiddenError, ValidationError } from '../domain/errors';
import { errorMiddleware } from './error-middleware';
import { type JwtClaims, type Principal, principalFromClaims } from './principal';
import { jsonResponse } from './response';
import type { Route } from './route';
import { parseOrThrow } from './validation';

// Optional route properties read as `Schema | undefined`; a route that declares a schema always
// gets its parsed value, so `undefined` is taken out before the schema's output is read.
type Parsed<S> = [Exclude<S, undefined>] extends [z.core.$ZodType]
  ? z.output<Exclude<S, undefined>>
  : undefined;

/** What a route's use-case function receives: who calls, and its validated input. */
export interface RouteInput<R extends Route> {
  readonly principal: Principal;
  /**
   * The version the caller last read, from `If-Match: "<version>"` (GET answers carry it as
   * `ETag`). When given, a change made meanwhile by someone else is a 409, never overwritten.
   */
  readonly expectedVersion?: number;
  readonly params: Parsed<R['params']>;
  readonly query: Parsed<R['query']>;
  readonly body: Parsed<R['body']>;
}

export type HttpHandler = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** A success answer with headers of its own (e.g. `ETag`), instead of a bare body. */
export class Reply {
  constructor(
    readonly body: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

function parseIfMatch(event: APIGatewayProxyEventV2WithJWTAuthorizer): number | undefined {
  const raw = event.headers?.['if-match'];
  if (raw === undefined || raw === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(raw.trim());
  if (!match?.[1]) {
    throw new ValidationError([
      {
        path: 'headers.if-match',
        code: 'invalid_if_match',
        message: 'Tiêu đề If-Match phải là số phiên bản, ví dụ "3".',
      },
    ]);
  }
  return Number(match[1]);
}

function parseJsonBody(event: APIGatewayProxyEventV2WithJWTAuthorizer): unknown {
  if (event.body === undefined || event.body === '') return undefined;
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([
      { path: 'body', code: 'invalid_json', message: 'Nội dung gửi lên không phải JSON hợp lệ.' },
    ]);
  }
}

/**
 * Wraps a route's function in the one middleware stack every route shares: errors mapped to the
 * one error model, role check, strict validation of path, query and body. Routes marked
 * idempotent use `idempotentHandler` (`./idempotent-handler.ts`), the same stack plus
 * Powertools idempotency, kept apart so that only those functions bundle and load it.
 */
export function httpHandler<R extends Route>(
  route: R,
  run: (input: RouteInput<R>) => Promise<unknown>,
): HttpHandler {
  if (route.idempotent)
    throw new Error(`route ${route.id} is idempotent: its handler must use idempotentHandler`);
  return routeStack(route, run, []);
}

/** The shared stack with `extra` middlewares after the error mapper; for `idempotentHandler` only. */
export function routeStack<R extends Route>(
  route: R,
  run: (input: RouteInput<R>) => Promise<unknown>,
  extra: readonly MiddlewareObj<APIGatewayProxyEventV2WithJWTAuthorizer>[],
): HttpHandler {
  const core = async (event: APIGatewayProxyEventV2WithJWTAuthorizer) => {
    const principal = principalFromClaims(
      event.requestContext.authorizer?.jwt?.claims as JwtClaims | undefined,
    );
    if (!principal.roles.some((role) => route.roles.includes(role)))
      throw new ForbiddenError('ROLE_NOT_ALLOWED');
    const expectedVersion = parseIfMatch(event);
    const input = {
      principal,
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
      params: route.params ? parseOrThrow(route.params, event.pathParameters ?? {}, 'params') : undefined,
      query: route.query ? parseOrThrow(route.query, event.queryStringParameters ?? {}, 'query') : undefined,
      body: route.body ? parseOrThrow(route.body, parseJsonBody(event), 'body') : undefined,
    } as RouteInput<R>;
    const result = await run(input);
    if (result instanceof Reply) return jsonResponse(route.successStatus, result.body, result.headers);
    return jsonResponse(route.successStatus, result);
  };

  const stack = middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2>().use(
    errorMiddleware(route.id),
  );
  for (const middleware of extra) stack.use(middleware);
  return stack.handler(core) as unknown as HttpHandler;
}
