import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { apiFunctions } from '../../infra/api-functions';
import type { HttpHandler } from '../../shared/http/http-handler';
import { type Route, routeKeyOf } from '../../shared/http/route';
import { handlerEntry, type RouteArea } from '../../shared/http/route-table';
import {
  makeRouter,
  type RouterHandler,
  type WarmUpEvent,
  type WarmUpResult,
} from '../../shared/http/router';

/** The API's functions as the local stack runs them: the deployed routers, by name. */
export interface LocalFunctions {
  /** The router of the function that serves a route, as an HTTP handler (what the gateway calls). */
  handlerOf(route: Route): HttpHandler;
  /** The name of the function that serves a route (`nominations-read`). */
  nameOf(route: Route): string;
  /** Invokes a function by name with a warm-up, as the Lambda API would (the local invoker). */
  invoke(name: string, event: WarmUpEvent): Promise<WarmUpResult>;
  readonly names: readonly string[];
}

/**
 * One router per API function (`apiFunctions`), each loading its routes' handler files on first
 * use: the same topology and the same `makeRouter` CDK deploys, with tsx's `import()` of the
 * TypeScript file in place of the bundle's chunk.
 */
export function localFunctions(areas: readonly RouteArea[]): LocalFunctions {
  const functions = apiFunctions(areas).map((fn) => ({
    name: fn.name,
    routes: fn.routes,
    router: makeRouter(
      Object.fromEntries(
        fn.routes.map((route) => [
          routeKeyOf(route),
          () => import(pathToFileURL(resolve(handlerEntry(route))).href) as Promise<{ handler: HttpHandler }>,
        ]),
      ),
    ),
  }));
  const byRoute = new Map(functions.flatMap((fn) => fn.routes.map((route) => [route.id, fn] as const)));
  const byName = new Map(functions.map((fn) => [fn.name, fn]));
  const functionOf = (route: Route) => {
    const fn = byRoute.get(route.id);
    if (!fn) throw new Error(`no function serves route ${route.id}`);
    return fn;
  };
  return {
    names: functions.map((fn) => fn.name),
    handlerOf(route) {
      return functionOf(route).router as HttpHandler;
    },
    nameOf: (route) => functionOf(route).name,
    invoke(name, event) {
      const fn = byName.get(name);
      if (!fn) throw new Error(`no function named ${name}`);
      return fn.router(event, {} as Parameters<RouterHandler>[1]) as Promise<WarmUpResult>;
    },
  };
}
