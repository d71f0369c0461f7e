/**
 * The base every function composes from: the parsed environment, one DynamoDB client, the clock
 * and the id generator, built once per cold start and reused by every invocation. It builds no
 * adapter: each handler asks for the ports its use case takes (`compose`, `adapt`), so a bundle
 * carries only the adapters it uses (the rest is tree-shaken away, see `shared/adapters.ts`).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { IdGenerator } from './app/ports';
import { loadRuntimeEnv, type RuntimeEnv } from './config';
import type { Clock } from './store/ports/common';
import { newUlid } from './store/ulid-ids';

export interface Runtime {
  readonly env: RuntimeEnv;
  readonly dynamodb: DynamoDBClient;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** Builds one port from the runtime (`shared/adapters.ts` holds the production ones). */
export type Adapter<T> = (runtime: Runtime) => T;

/** One adapter for every key of `P`, optional keys included, so none can be forgotten. */
export type AdaptersOf<P> = { readonly [K in keyof P]-?: Adapter<P[K]> };

let cached: Runtime | undefined;
let localClock: Clock | undefined;

/**
 * The local stack runs the handlers in its own process and sets their clock, so tests can fix the
 * date (`local/app.ts`). A deployed function never calls this and reads the wall clock.
 */
export function setLocalClock(clock: Clock | undefined): void {
  localClock = clock;
}

/** The runtime of this function instance, built on first use from the environment. */
export function runtime(): Runtime {
  if (cached) return cached;
  const env = loadRuntimeEnv();
  cached = {
    env,
    dynamodb: new DynamoDBClient({
      region: env.AWS_REGION,
      ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
    }),
    clock: { now: () => localClock?.now() ?? new Date() },
    ids: { next: () => newUlid() },
  };
  return cached;
}

/** The ports `P` built from this instance's runtime; an adapter that yields `undefined` is left out. */
export function adapt<P extends object>(adapters: AdaptersOf<P>): P {
  const base = runtime();
  const ports: Record<string, unknown> = {};
  for (const [key, adapter] of Object.entries(adapters) as [string, Adapter<unknown>][]) {
    const port = adapter(base);
    if (port !== undefined) ports[key] = port;
  }
  return ports as P;
}

/**
 * A use case wired with exactly the ports its factory declares:
 * `compose(makeSubmitNomination, { nominations, clock, ruleOverrides })`. The adapters object
 * must name every port of the factory's parameter type, so a handler cannot silently drop one
 * (an optional port such as `ruleOverrides` included).
 */
export function compose<P extends object, A extends unknown[], R>(
  make: (ports: P, ...args: A) => R,
  adapters: NoInfer<AdaptersOf<P>>,
  ...args: A
): R {
  return make(adapt<P>(adapters), ...args);
}
