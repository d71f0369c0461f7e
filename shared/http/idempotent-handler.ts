/**
 * The handler of a route marked `idempotent`: the same stack as `httpHandler` (one error model,
 * role check, validation) plus idempotency on the function's idempotency table, its record
 * written inside the request's own change (`./idempotency.ts`). GET routes and the other writes
 * never load it.
 */
import { runtime } from '../runtime';
import { type HttpHandler, type RouteFunction, routeStack } from './http-handler';
import {
  type IdempotencyOptions,
  type IdempotencyStore,
  idempotentRun,
  requireIdempotencyKey,
} from './idempotency';
import type { Route } from './route';

/** The idempotency table of this instance (`IDEMPOTENCY_TABLE_NAME`), on the runtime's client. */
function idempotencyStore(): IdempotencyStore {
  const { env, dynamodb, clock } = runtime();
  // Set by CDK on exactly the idempotent routes; missing here is a wiring fault, found at cold start.
  if (!env.IDEMPOTENCY_TABLE_NAME)
    throw new Error('invalid function environment: IDEMPOTENCY_TABLE_NAME is required by idempotent routes');
  return { client: dynamodb, table: env.IDEMPOTENCY_TABLE_NAME, clock };
}

export function idempotentHandler<R extends Route>(
  route: R,
  run: RouteFunction<R>,
  options: IdempotencyOptions & { readonly store?: IdempotencyStore } = {},
): HttpHandler {
  if (!route.idempotent) throw new Error(`route ${route.id} is not idempotent: its handler is httpHandler`);
  const { store = idempotencyStore(), ...idempotency } = options;
  return routeStack(route, run, [requireIdempotencyKey()], idempotentRun(route.id, store, idempotency));
}
