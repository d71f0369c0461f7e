/**
 * The handler of a Lambda function that serves several routes (one area of the route table).
 * Each route's module is loaded by dynamic import the first time that route is called, so a cold
 * start costs the router and the one route asked for, not the whole area; the bundle keeps each
 * route's code in its own chunks (esbuild code splitting, `infra/function-code.ts`). The local
 * gateway runs the same router over the same route table.
 *
 * A scheduled warm-up (`functions/warm-up.ts`) invokes it with `WarmUpEvent`: the environment
 * then loads every route (so no user pays a route's first load) and stays busy `holdMs`, so that
 * the warm-up's concurrent invocations each keep a different environment alive.
 */
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { HttpHandler } from './http-handler';

/** Each route's handler module by API Gateway route key (`POST /nominations/{id}/submit`). */
export type RouteModules = Readonly<Record<string, () => Promise<{ readonly handler: HttpHandler }>>>;

export const WARM_UP_SOURCE = 'tdkt.warm-up';

/** What the warm-up sends each function. */
export interface WarmUpEvent {
  readonly source: typeof WARM_UP_SOURCE;
  /** Load the routes' modules now. */
  readonly preload: boolean;
  /** Only these routes (by route key); all of the function's when absent. */
  readonly routeKeys?: readonly string[];
  /** How long to stay busy after loading, ms (capped at 1 s). */
  readonly holdMs: number;
}

/** What a warm-up invocation answers: whether it met a new environment, and what it loaded. */
export interface WarmUpResult {
  readonly coldStart: boolean;
  readonly routesLoaded: number;
}

const MAX_HOLD_MS = 1000;

export function isWarmUpEvent(event: unknown): event is WarmUpEvent {
  return (
    typeof event === 'object' && event !== null && (event as { source?: unknown }).source === WARM_UP_SOURCE
  );
}

export type RouterHandler = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer | WarmUpEvent,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2 | WarmUpResult>;

export function makeRouter(modules: RouteModules): RouterHandler & {
  /** The route keys this function serves. */
  readonly routeKeys: readonly string[];
} {
  const loaded = new Map<string, Promise<HttpHandler>>();
  let served = false;
  const load = (routeKey: string): Promise<HttpHandler> => {
    const found = loaded.get(routeKey);
    if (found) return found;
    const loader = modules[routeKey];
    if (!loader) throw new Error(`this function serves no route ${routeKey}`);
    const handler = loader().then((module) => module.handler);
    // A failed import (a broken deployment) is not cached: the next request tries again.
    handler.catch(() => loaded.delete(routeKey));
    loaded.set(routeKey, handler);
    return handler;
  };

  const handler: RouterHandler = async (event, context) => {
    const coldStart = !served;
    served = true;
    if (isWarmUpEvent(event)) {
      if (event.preload) await Promise.all((event.routeKeys ?? Object.keys(modules)).map(load));
      const hold = Math.min(Math.max(0, Number(event.holdMs) || 0), MAX_HOLD_MS);
      if (hold > 0) await new Promise((resolve) => setTimeout(resolve, hold));
      return { coldStart, routesLoaded: loaded.size };
    }
    return (await load(event.routeKey))(event, context);
  };
  return Object.assign(handler, { routeKeys: Object.keys(modules) });
}
