import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = resolve(webDir, '..');
export const WEB_DIST = join(webDir, 'dist');

/** What the build reads: the app, its config, and the shared domain code it bundles. */
const SOURCES = [
  join(webDir, 'src'),
  join(webDir, 'public'),
  join(webDir, 'index.html'),
  join(webDir, 'vite.config.ts'),
  join(webDir, 'bundle-budget.json'),
  join(repoDir, 'shared', 'domain'),
  join(repoDir, 'package-lock.json'),
];

function newestMtime(path: string): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** True when `web/dist` is missing or older than anything it is built from. */
export function webBuildIsStale(): boolean {
  const built = newestMtime(join(WEB_DIST, 'index.html'));
  if (built === 0) return true;
  return SOURCES.some((source) => newestMtime(source) > built);
}

/** Builds the web app with Vite when `web/dist` is missing or stale; returns the dist folder. */
export async function ensureWebBuilt(
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<string> {
  if (options.force || webBuildIsStale()) {
    options.log?.('tdkt: building the web app (web/dist)…');
    const { build } = await import('vite');
    await build({ configFile: join(webDir, 'vite.config.ts'), configLoader: 'bundle', logLevel: 'warn' });
  }
  return WEB_DIST;
}
