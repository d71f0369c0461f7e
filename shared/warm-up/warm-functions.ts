/**
 * The scheduled warm-up of the API's functions (docs/performance.md, "Topology"): each function
 * is invoked `environments` times at once, so that many environments stay alive through the
 * working day's quiet spells, and each loads all its routes (`preload`), so no user pays a
 * route's first load. Lambda gives concurrent invocations separate environments; the router
 * holds each one `holdMs` so the invocations overlap. Pure: the invoker is a port.
 */
import * as z from 'zod/mini';
import { WARM_UP_SOURCE, type WarmUpEvent, type WarmUpResult } from '../http/router';

/** Invokes a function synchronously with an event and returns its answer (the Lambda API). */
export interface FunctionInvoker {
  invoke(functionName: string, event: WarmUpEvent): Promise<WarmUpResult>;
}

/** The schedule's input. */
export const warmUpSettingsSchema = z.object({
  environments: z.int().check(z.minimum(1), z.maximum(10)),
  holdMs: z._default(z.int().check(z.minimum(0), z.maximum(1000)), 150),
});

export type WarmUpSettings = z.output<typeof warmUpSettingsSchema>;

export interface FunctionWarmth {
  readonly functionName: string;
  /** Invocations that met a new environment (a cold start nobody waited for). */
  readonly started: number;
  readonly failed: number;
}

export async function warmFunctions(
  functionNames: readonly string[],
  invoker: FunctionInvoker,
  settings: WarmUpSettings,
): Promise<FunctionWarmth[]> {
  const event: WarmUpEvent = { source: WARM_UP_SOURCE, preload: true, holdMs: settings.holdMs };
  return Promise.all(
    functionNames.map(async (functionName) => {
      const answers = await Promise.allSettled(
        Array.from({ length: settings.environments }, () => invoker.invoke(functionName, event)),
      );
      return {
        functionName,
        started: answers.filter((a) => a.status === 'fulfilled' && a.value.coldStart).length,
        failed: answers.filter((a) => a.status === 'rejected').length,
      };
    }),
  );
}
