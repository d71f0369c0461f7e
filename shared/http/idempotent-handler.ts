/**
 * The handler of a route marked `idempotent`: the same stack as `httpHandler` (one error model,
 * role check, validation) plus Powertools idempotency on the function's idempotency table. Only
 * these functions import Powertools idempotency and its DynamoDB persistence layer; GET routes
 * and the other writes never load them.
 */
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import { runtime } from '../runtime';
import { type HttpHandler, type RouteFunction, routeStack } from './http-handler';
import { idempotencyMiddlewares } from './idempotency';
import type { Route } from './route';

/**
 * One persistence layer per route. Powertools' layer keeps the key prefix it was last configured
 * with (each request's `before` configures it with its route's `keyPrefix`), so a layer shared by
 * the routes of one process would, when two routes' requests overlap (the local gateway runs
 * them side by side), complete one request's record under the other's key and leave the first
 * in progress for ever. A layer of its own per route keeps its prefix fixed.
 */
const stores = new Map<string, DynamoDBPersistenceLayer>();

/** The idempotency table of this instance (`IDEMPOTENCY_TABLE_NAME`), on the runtime's client. */
function idempotencyStore(routeId: string): DynamoDBPersistenceLayer {
  const known = stores.get(routeId);
  if (known) return known;
  const { env, dynamodb } = runtime();
  // Set by CDK on exactly the idempotent routes; missing here is a wiring fault, found at cold start.
  if (!env.IDEMPOTENCY_TABLE_NAME)
    throw new Error('invalid function environment: IDEMPOTENCY_TABLE_NAME is required by idempotent routes');
  const store = new DynamoDBPersistenceLayer({
    tableName: env.IDEMPOTENCY_TABLE_NAME,
    awsSdkV3Client: dynamodb,
  });
  stores.set(routeId, store);
  return store;
}

export function idempotentHandler<R extends Route>(
  route: R,
  run: RouteFunction<R>,
  persistenceStore: BasePersistenceLayer = idempotencyStore(route.id),
): HttpHandler {
  if (!route.idempotent) throw new Error(`route ${route.id} is not idempotent: its handler is httpHandler`);
  return routeStack(route, run, idempotencyMiddlewares(route.id, persistenceStore));
}
