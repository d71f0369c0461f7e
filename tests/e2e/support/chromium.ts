/**
 * Which Chromium the e2e tests drive: `CHROMIUM_PATH` when set, else the system's (Debian's
 * `chromium` package), else the one that arrives with `npm ci` in `@sparticuz/chromium` (a
 * headless Chromium build, unpacked to the temp directory on first use), so `npm ci && npm test`
 * needs nothing beyond what the README names.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags as the machine notes require: no sandbox as root, no background network calls. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface FoundChromium {
  readonly path: string;
  readonly source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): Promise<FoundChromium> {
  if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  const system = SYSTEM_CHROMIUMS.find(exists);
  if (system) return { path: system, source: 'system' };
  try {
    const { default: bundled } = await import('@sparticuz/chromium');
    return { path: await bundled.executablePath(), source: '@sparticuz/chromium' };
  } catch (error) {
    throw new Error(
      `No Chromium for the e2e tests: none at ${SYSTEM_CHROMIUMS.join(', ')} and @sparticuz/chromium ` +
        `could not be unpacked (${(error as Error).message}). Run \`npm ci\`, or install one ` +
        '(`sudo apt-get install -y chromium`) or set CHROMIUM_PATH.',
    );
  }
}
