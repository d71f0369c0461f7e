import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { watchChild } from './child';
import type { RunningService } from './dynamodb-local';
import { answers, freePort, waitUntil } from './ports';

const require = createRequire(import.meta.url);

/**
 * Starts cognito-local as a child process. It keeps its state in `.cognito/` under its working
 * directory, so `dataDir` decides where users and pools live (a temp dir for tests).
 */
export async function startCognitoLocal(dataDir: string): Promise<RunningService> {
  const port = await freePort();
  const cwd = resolve(dataDir);
  mkdirSync(cwd, { recursive: true });
  const bin = require.resolve('cognito-local/lib/bin/start.js');
  const child = spawn(process.execPath, [bin], {
    cwd,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEBUG: '' },
    stdio: 'pipe',
  });
  const watched = watchChild('cognito-local', child);
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntil('cognito-local', () => answers(`${endpoint}/health`), { failed: watched.failed });
  return { endpoint, stop: watched.stop };
}
