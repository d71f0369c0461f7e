import type { Server } from 'node:http';
import sesLocalModule from 'aws-ses-v2-local';
import type { RunningService } from './dynamodb-local';
import { freePort } from './ports';

export interface RunningSes extends RunningService {
  /** The mail viewer in the browser. */
  readonly viewerUrl: string;
}

// The package is CommonJS with `exports.default`; under Node's ESM interop the function sits one
// level down, while bundlers hand it over directly.
const sesLocal = ((sesLocalModule as unknown as { default?: typeof sesLocalModule }).default ??
  sesLocalModule) as typeof sesLocalModule;

/** Starts aws-ses-v2-local in this process on a free loopback port. */
export async function startSesLocal(): Promise<RunningSes> {
  const port = await freePort();
  const server: Server = await sesLocal({ host: '127.0.0.1', port });
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    viewerUrl: `${endpoint}/`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
