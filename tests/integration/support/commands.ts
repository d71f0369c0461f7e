import { randomUUID } from 'node:crypto';
import { runtime } from '../../../shared/runtime';

export interface SentCommand {
  readonly command: string;
  readonly input: unknown;
}

/** Runs `work` with `watch` on the handlers' shared DynamoDB client, and takes it off after. */
async function watching(
  watch: (sent: SentCommand, send: () => Promise<unknown>) => Promise<unknown>,
  work: () => Promise<void>,
): Promise<void> {
  const client = runtime().dynamodb;
  const name = `watch-${randomUUID()}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      let output: Awaited<ReturnType<typeof next>> | undefined;
      await watch({ command: context.commandName ?? '?', input: args.input }, async () => {
        output = await next(args);
        return output;
      });
      return output as Awaited<ReturnType<typeof next>>;
    },
    { step: 'initialize', name },
  );
  try {
    await work();
  } finally {
    client.middlewareStack.remove(name);
  }
}

/** Every DynamoDB command the handlers send while `work` runs, in order (their shared client). */
export async function commandsSentBy(work: () => Promise<void>): Promise<SentCommand[]> {
  const sent: SentCommand[] = [];
  await watching((command, send) => {
    sent.push(command);
    return send();
  }, work);
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
  await watching(async (command, send) => {
    if (!counts(command)) return send();
    inFlight++;
    peak = Math.max(peak, inFlight);
    try {
      return await send();
    } finally {
      inFlight--;
    }
  }, work);
  return peak;
}
