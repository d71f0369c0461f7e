import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { watchChild } from './child';
import type { RunningService } from './dynamodb-local';
import { answers, freePort, waitUntil } from './ports';

const require = createRequire(import.meta.url);
const SERVER = fileURLToPath(new URL('../cognito/server/start.ts', import.meta.url));

/**
 * Starts cognito-local, with this project's extensions (`local/cognito/server/`), as a child
 * process. It keeps its state in `.cognito/` under its working directory, so `dataDir` decides
 * where users and pools live (a temp dir for tests). Its mail goes to the local SES.
 */
export async function startCognitoLocal(dataDir: string, sesEndpoint: string): Promise<RunningService> {
  const port = await freePort();
  const cwd = resolve(dataDir);
  mkdirSync(cwd, { recursive: true });
  // tsx's entry is its ESM loader; the child runs the TypeScript extensions with it.
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsx, SERVER], {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEBUG: '',
      TDKT_SES_ENDPOINT: sesEndpoint,
      // The pool's trigger calls this very server, as the deployed trigger calls Cognito.
      COGNITO_ENDPOINT: `http://127.0.0.1:${port}`,
      AWS_REGION: 'local',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
    },
    stdio: 'pipe',
  });
  const watched = watchChild('cognito-local', child);
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntil('cognito-local', () => answers(`${endpoint}/health`), { failed: watched.failed });
  return { endpoint, stop: watched.stop };
}
