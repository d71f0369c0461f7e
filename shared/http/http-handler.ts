import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type * as z from 'zod/mini';
import {
  ForbiddenError,
  PayloadTooLargeError,
  PreconditionRequiredError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../domain/errors';
import { isWellFormedText } from '../domain/forms/text';
import type { DeepReadonly } from './answers/common';
import { errorMiddleware } from './error-middleware';
import { logger } from './observability';
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
export class Reply<T = unknown> {
  constructor(
    readonly body: T,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

/**
 * What a route's function may answer: a value its response schema accepts (read-only values
 * too), bare or in a `Reply`. The compiler holds every handler to its row's schema.
 */
export type RouteAnswer<R extends Route> =
  | DeepReadonly<z.input<R['response']>>
  | Reply<DeepReadonly<z.input<R['response']>>>;

/** A route's function: its validated input in, its answer out. */
export type RouteFunction<R extends Route> = (input: RouteInput<R>) => Promise<RouteAnswer<R>>;

/**
 * The largest JSON body a route takes. Forms are text (files go to storage, not through the API),
 * so 1 MiB is far above any real request; API Gateway itself stops at 10 MB.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

function parseIfMatch(event: APIGatewayProxyEventV2WithJWTAuthorizer, route: Route): number | undefined {
  const raw = event.headers?.['if-match'];
  // `*` (any version) is refused too on a versioned route: it is an overwrite of what was not read.
  if (raw === undefined || raw.trim() === '*') {
    if (route.ifMatch === 'required') throw new PreconditionRequiredError();
    return undefined;
  }
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

const JSON_MEDIA_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

const invalidText = (path: string): ValidationError =>
  new ValidationError([
    {
      path,
      code: 'invalid_text',
      message: 'Nội dung chứa ký tự không hợp lệ (không phải văn bản Unicode đúng chuẩn).',
    },
  ]);

/** Refuses a string anywhere in the body that is not well-formed UTF-16 (a lone surrogate). */
function assertWellFormed(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (!isWellFormedText(value)) throw invalidText(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      assertWellFormed(item, `${path}.${index}`);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!isWellFormedText(key)) throw invalidText(path);
      assertWellFormed(item, `${path}.${key}`);
    }
  }
}

/**
 * The body as JSON: `application/json` only (415 otherwise), at most `MAX_BODY_BYTES` (413),
 * valid UTF-8 and well-formed text throughout (400 naming the field), so nothing that cannot be
 * stored and shown reaches a use case.
 */
function parseJsonBody(event: APIGatewayProxyEventV2WithJWTAuthorizer, limit = MAX_BODY_BYTES): unknown {
  if (event.body === undefined || event.body === '') return undefined;
  const contentType = event.headers?.['content-type'];
  if (!contentType || !JSON_MEDIA_TYPE.test(contentType.trim()))
    throw new UnsupportedMediaTypeError(contentType);
  const bytes = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
  if (bytes.length > limit) throw new PayloadTooLargeError(limit);
  let text: string;
  try {
    text = event.isBase64Encoded ? new TextDecoder('utf-8', { fatal: true }).decode(bytes) : event.body;
  } catch {
    throw invalidText('body');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ValidationError([
      { path: 'body', code: 'invalid_json', message: 'Nội dung gửi lên không phải JSON hợp lệ.' },
    ]);
  }
  assertWellFormed(parsed, 'body');
  return parsed;
}

/** Path and query values, as API Gateway decoded them, must be well-formed text too. */
function wellFormedParts(
  values: Readonly<Record<string, string | undefined>> | undefined,
  part: string,
): Record<string, string | undefined> {
  for (const [name, value] of Object.entries(values ?? {})) {
    if (value !== undefined && !isWellFormedText(value)) throw invalidText(`${part}.${name}`);
  }
  return { ...values };
}

/**
 * Wraps a route's function in the one middleware stack every route shares: errors mapped to the
 * one error model, role check, strict validation of path, query and body. Routes marked
 * idempotent use `idempotentHandler` (`./idempotent-handler.ts`), the same stack plus
 * idempotency, kept apart so that only those functions bundle and load it.
 */
export function httpHandler<R extends Route>(route: R, run: RouteFunction<R>): HttpHandler {
  if (route.idempotent)
    throw new Error(`route ${route.id} is idempotent: its handler must use idempotentHandler`);
  return routeStack(route, run, []);
}

/** Runs a route's validated function (`proceed`) for an event, e.g. under an idempotency claim. */
export type Around = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  proceed: () => Promise<unknown>,
) => Promise<unknown>;

/**
 * The shared stack with `extra` middlewares after the error mapper and the route's function run
 * through `around`; for `idempotentHandler` only.
 */
export function routeStack<R extends Route>(
  route: R,
  run: RouteFunction<R>,
  extra: readonly MiddlewareObj<APIGatewayProxyEventV2WithJWTAuthorizer>[],
  around?: Around,
): HttpHandler {
  const core = async (event: APIGatewayProxyEventV2WithJWTAuthorizer) => {
    const principal = principalFromClaims(
      event.requestContext.authorizer?.jwt?.claims as JwtClaims | undefined,
    );
    if (!principal.roles.some((role) => route.roles.includes(role)))
      throw new ForbiddenError('ROLE_NOT_ALLOWED');
    const expectedVersion = parseIfMatch(event, route);
    const pathParameters = wellFormedParts(event.pathParameters, 'params');
    const queryParameters = wellFormedParts(event.queryStringParameters, 'query');
    const body = route.body ? parseJsonBody(event, route.maxBodyBytes) : undefined;
    const input = {
      principal,
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
      params: route.params ? parseOrThrow(route.params, pathParameters, 'params') : undefined,
      query: route.query ? parseOrThrow(route.query, queryParameters, 'query') : undefined,
      body: route.body ? parseOrThrow(route.body, body, 'body') : undefined,
    } as RouteInput<R>;
    const result = around ? await around(event, () => run(input)) : await run(input);
    if (result instanceof Reply) return jsonResponse(route.successStatus, result.body, result.headers);
    return jsonResponse(route.successStatus, result);
  };

  // The Lambda context on every log line (request id, function, cold start) and the route's id,
  // reset after each invocation so nothing of one request leaks into the next one's lines.
  const stack = middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use({ before: () => logger.appendKeys({ routeId: route.id }) })
    .use(errorMiddleware(route.id));
  for (const middleware of extra) stack.use(middleware);
  return stack.handler(core) as unknown as HttpHandler;
}
