import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry of Vite's `.vite/manifest.json`. */
interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
}

export interface InitialJs {
  readonly files: readonly string[];
  readonly gzipBytes: number;
}

/**
 * The JavaScript a browser must download before the first screen: the entry chunk and everything it
 * imports statically, transitively. Chunks reached only by `import()` are loaded on demand and do
 * not count.
 */
export function measureInitialJs(distDir: string): InitialJs {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const files = [...seen].flatMap((key) => {
    const file = manifest[key]?.file;
    return file?.endsWith('.js') ? [file] : [];
  });
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
    0,
  );
  return { files, gzipBytes };
}

export interface BundleBudget {
  readonly initialJsGzipBytes: number;
}

export function readBudget(webDir: string): BundleBudget {
  return JSON.parse(readFileSync(join(webDir, 'bundle-budget.json'), 'utf8')) as BundleBudget;
}
