/**
 * Cold import of a bundle in a fresh Node process (the local analogue of Lambda's Init Duration),
 * with the environment a deployed function sees; shared by the benchmarks.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** What a function sees in Lambda, with placeholder values: module-scope config parsing must pass. */
export const LAMBDA_ENV = {
  AWS_REGION: 'ap-southeast-1',
  TABLE_NAME: 'bench-table',
  IDEMPOTENCY_TABLE_NAME: 'bench-idempotency',
  PROVINCE_CODE: 'ha-tinh',
  POWERTOOLS_SERVICE_NAME: 'tdkt',
  POWERTOOLS_METRICS_NAMESPACE: 'tdkt',
  POWERTOOLS_LOG_LEVEL: 'WARN',
  USER_POOL_ID: 'ap-southeast-1_bench',
  MAIL_FROM: 'bench@tdkt.example',
  MAIL_CONFIGURATION_SET: 'bench',
  WEB_ORIGIN: 'https://tdkt.example',
  FILES_BUCKET: 'bench-files',
  AUDIT_ANCHOR_BUCKET: 'bench-anchors',
  NODE_OPTIONS: '--enable-source-maps',
};

/** Import time of one bundle in a fresh process, in ms (the local analogue of Init Duration). */
export function importOnce(file: string): number {
  const script = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});process.stdout.write(String(performance.now()-t));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', ...LAMBDA_ENV },
    encoding: 'utf8',
  });
  return Number(out);
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Import time of a router bundle and one of its routes (`loadRoute(id)`), in a fresh process, ms;
 * without `routeId`, the router alone.
 */
export function importRouterOnce(file: string, routeId?: string): number {
  const load = routeId ? `await m.loadRoute(${JSON.stringify(routeId)});` : '';
  const script = `const t=performance.now();const m=await import(${JSON.stringify(pathToFileURL(file).href)});${load}process.stdout.write(String(performance.now()-t));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', ...LAMBDA_ENV },
    encoding: 'utf8',
  });
  return Number(out);
}
