import {
  type BundlingOptions as CdkBundlingOptions,
  Charset,
  OutputFormat,
} from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

/** The Node.js major every function runs on; the esbuild target follows it. */
export const NODE_TARGET = 'node22';

/**
 * ESM bundles need `require` for the few CommonJS dependencies that call it on Node built-ins
 * (the AWS SDK's and middy's transitive deps); esbuild's ESM output has none, so provide one.
 */
const REQUIRE_SHIM = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

/**
 * The one set of esbuild settings, written in esbuild's own terms so that the bundle-size check
 * and the benchmark (`infra/bundle-size.ts`, `tests/bench/run.ts`) build exactly what CDK ships.
 * The AWS SDK is bundled, not taken from the runtime: pinned versions and tree-shaking, at the
 * cost of a bigger asset.
 */
export const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: NODE_TARGET,
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  // Vietnamese text as UTF-8 bytes (2-3 per letter) instead of `\uXXXX` escapes (6): ~11 KB less
  // per function. Node reads source files as UTF-8, so nothing else changes.
  charset: 'utf8',
  // Prefer ES module builds: they tree-shake (the SDK ships both).
  mainFields: ['module', 'main'],
  banner: { js: REQUIRE_SHIM },
  external: [] as string[],
  outExtension: { '.js': '.mjs' },
} satisfies BuildOptions;

/** The same settings in `NodejsFunction` terms; local esbuild only, never Docker. */
export const CDK_BUNDLING: CdkBundlingOptions = {
  format: OutputFormat.ESM,
  target: ESBUILD_OPTIONS.target,
  minify: ESBUILD_OPTIONS.minify,
  sourceMap: ESBUILD_OPTIONS.sourcemap,
  sourcesContent: ESBUILD_OPTIONS.sourcesContent,
  charset: Charset.UTF8,
  mainFields: ESBUILD_OPTIONS.mainFields,
  banner: ESBUILD_OPTIONS.banner.js,
  externalModules: ESBUILD_OPTIONS.external,
  bundleAwsSDK: true,
  forceDockerBundling: false,
};
