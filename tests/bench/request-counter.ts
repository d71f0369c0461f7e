import { runtime } from '../../shared/runtime';

/** Counts every DynamoDB command the handlers send, by command name, while `counting` is on. */
export function countRequests() {
  const counts = new Map<string, number>();
  let counting = false;
  runtime().dynamodb.middlewareStack.add(
    (next, context) => async (input) => {
      if (counting) counts.set(context.commandName ?? '?', (counts.get(context.commandName ?? '?') ?? 0) + 1);
      return next(input);
    },
    { step: 'initialize', name: 'benchRequestCounter' },
  );
  return {
    async during<T>(run: () => Promise<T>): Promise<{ result: T; counts: Record<string, number> }> {
      counts.clear();
      counting = true;
      try {
        return { result: await run(), counts: Object.fromEntries(counts) };
      } finally {
        counting = false;
      }
    },
  };
}
