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
