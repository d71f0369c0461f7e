import type * as z from 'zod/mini';
import type { Role } from '../domain/vocabulary';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export { ROUTE_TIMEOUT_SECONDS } from '../app/limits';

/**
 * One row of the route table: the single source of truth from which CDK builds the HTTP API and
 * its functions, the local gateway dispatches, the OpenAPI document is generated and the
 * authorisation matrix test is derived. The handler lives in `functions/<id>.ts`.
 */
export interface Route<
  P extends z.core.$ZodType = z.core.$ZodType,
  Q extends z.core.$ZodType = z.core.$ZodType,
  B extends z.core.$ZodType = z.core.$ZodType,
  A extends z.core.$ZodType = z.core.$ZodType,
> {
  /** kebab-case; names the Lambda function and its entry file `functions/<id>.ts`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** API Gateway path syntax: `/nominations/{id}/submit`. */
  readonly path: `/${string}`;
  /** Roles that may call the route at all; ownership is checked by the use case. */
  readonly roles: readonly Role[];
  readonly summary: string;
  /** When true the caller must send an `Idempotency-Key` header; a retry returns the first answer. */
  readonly idempotent: boolean;
  /** Whether the route takes the id of something owned by a unit or organisation. */
  readonly ownedResource: boolean;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /**
   * `If-Match: "<version>"`, the version the caller read (answered as `ETag`). `required` on a
   * route that changes a versioned record in place (PUT/PATCH): without it the answer is 428, so
   * no change overwrites another unseen. `optional` on actions that refuse a stale version (409)
   * when given one. Absent: the header is not read.
   */
  readonly ifMatch?: 'required' | 'optional';
  /** The success answer carries the record's version as `ETag`. */
  readonly etag?: true;
  /**
   * The success answer's body. Handlers are type-checked against it, the OpenAPI document and the
   * web's types are derived from it, and the local gateway parses every real answer with it
   * (`checkAnswer`). Schemas live in `./answers/*`.
   */
  readonly response: A;
  /** HTTP status of a success. */
  readonly successStatus: 200 | 201 | 202 | 204;
  /** A larger JSON body than `MAX_BODY_BYTES` (spreadsheet imports); API Gateway stops at 10 MB. */
  readonly maxBodyBytes?: number;
  /**
   * A valid request (body and query) for documentation and for the generated authorisation
   * matrix test, which must get past validation to prove that ownership is checked.
   */
  readonly example?: { readonly body?: unknown; readonly query?: Readonly<Record<string, string>> };
}

/** Identity function that keeps the literal types of a route's schemas. */
export function defineRoute<
  P extends z.core.$ZodType,
  Q extends z.core.$ZodType,
  B extends z.core.$ZodType,
  A extends z.core.$ZodType,
>(route: Route<P, Q, B, A>): Route<P, Q, B, A> {
  return route;
}

/** `/nominations/{id}/submit` → a RegExp and the names of its parameters. */
/** API Gateway's route key (`event.routeKey`), what a function serving several routes dispatches on. */
export const routeKeyOf = (route: Pick<Route, 'method' | 'path'>): string => `${route.method} ${route.path}`;

export function compilePath(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      const match = /^\{(\w+)\}$/.exec(segment);
      if (!match?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(match[1]);
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names };
}
