import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { measureInitialJs, readBudget } from './initial-js';

const webDir = fileURLToPath(new URL('..', import.meta.url));

/** Fails the build when the initial JavaScript outgrows `web/bundle-budget.json`. */
export function bundleBudget(): Plugin {
  let outDir = '';
  return {
    name: 'tdkt-bundle-budget',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : `${config.root}/${config.build.outDir}`;
    },
    closeBundle() {
      const budget = readBudget(webDir);
      const measured = measureInitialJs(outDir);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      const line = `initial JS ${kb(measured.gzipBytes)} gzipped (budget ${kb(budget.initialJsGzipBytes)}): ${measured.files.join(', ')}`;
      if (measured.gzipBytes > budget.initialJsGzipBytes) {
        throw new Error(`bundle budget exceeded: ${line}`);
      }
      this.info(line);
    },
  };
}
