import { randomUUID } from 'node:crypto';
import { runtime } from '../../../shared/runtime';

export interface SentCommand {
  readonly command: string;
  readonly input: unknown;
}

/** Every DynamoDB command the handlers send while `work` runs, in order (their shared client). */
export async function commandsSentBy(work: () => Promise<void>): Promise<SentCommand[]> {
  const sent: SentCommand[] = [];
  const client = runtime().dynamodb;
  const name = `watch-${randomUUID()}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push({ command: context.commandName ?? '?', input: args.input });
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    await work();
  } finally {
    client.middlewareStack.remove(name);
  }
  return sent;
}

/**
 * The most DynamoDB commands that `counts` selects the handlers had in flight at once while `work`
 * ran: 1 when they were sent one after another, more when side by side. No clock is read.
 */
export async function peakInFlight(
  counts: (sent: SentCommand) => boolean,
  work: () => Promise<void>,
): Promise<number> {
  let inFlight = 0;
  let peak = 0;
  const client = runtime().dynamodb;
  const name = `in-flight-${randomUUID()}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!counts({ command: context.commandName ?? '?', input: args.input })) return next(args);
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        return await next(args);
      } finally {
        inFlight--;
      }
    },
    { step: 'initialize', name },
  );
  try {
    await work();
  } finally {
    client.middlewareStack.remove(name);
  }
  return peak;
}
