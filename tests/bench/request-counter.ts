import { runtime } from '../../shared/runtime';

/**
 * Counts every DynamoDB command the handlers send, by command name, while `counting` is on, and
 * the time spent waiting for them (summed; side-by-side reads overlap, so it can exceed wall time).
 */
export function countRequests() {
  const counts = new Map<string, number>();
  let waitedMs = 0;
  let counting = false;
  runtime().dynamodb.middlewareStack.add(
    (next, context) => async (input) => {
      if (!counting) return next(input);
      counts.set(context.commandName ?? '?', (counts.get(context.commandName ?? '?') ?? 0) + 1);
      const started = performance.now();
      try {
        return await next(input);
      } finally {
        waitedMs += performance.now() - started;
      }
    },
    { step: 'initialize', name: 'benchRequestCounter' },
  );
  return {
    /** Leaves out the requests sent until `resume` (the raw samples taken between API samples). */
    pause: () => {
      counting = false;
    },
    resume: () => {
      counting = true;
    },
    async during<T>(
      run: () => Promise<T>,
    ): Promise<{ result: T; counts: Record<string, number>; waitedMs: number }> {
      counts.clear();
      waitedMs = 0;
      counting = true;
      try {
        return { result: await run(), counts: Object.fromEntries(counts), waitedMs };
      } finally {
        counting = false;
      }
    },
  };
}
