import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { bundleBudget } from './build/bundle-budget-plugin';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The browser app. Preact's automatic JSX runtime; a manifest so the budget check (plugin at build
 * time, and the e2e test) can tell the initial JavaScript from the chunks loaded on demand.
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    sourcemap: false,
  },
  plugins: [bundleBudget()],
});
