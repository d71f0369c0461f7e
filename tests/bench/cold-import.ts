/**
 * Cold import of a bundle in a fresh Node process (the local analogue of Lambda's Init Duration),
 * with the environment a deployed function sees; shared by the benchmarks.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * Reference bundles: the baseline every handler pays (the DynamoDB client), then that plus the
 * libraries a handler is built on — measured beside the functions so a ratio says what is ours.
 */
const BASELINE_SOURCE = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const handler = async () => ({ statusCode: 200, body: String(Boolean(client)) });
`;

/** The baseline plus the logger and the middleware engine every handler uses. */
const LOGGER_MIDDY_SOURCE = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
const client = new DynamoDBClient({});
const logger = new Logger();
export const handler = middy(async () => ({ statusCode: 200, body: String(Boolean(client)) + String(logger) }));
`;

/** The SDK clients and libraries a route may need beyond DynamoDB, Logger and middy. */
export interface LibraryNeeds {
  readonly s3: boolean;
  readonly cognito: boolean;
  /** A spreadsheet import: the workbook reader (`shared/files/workbook.ts`: read-excel-file, fflate). */
  readonly workbook?: boolean;
}

/**
 * A reference bundle of exactly the libraries a route needs (P2 of issue 15): the DynamoDB
 * client, Logger and middy (an idempotent route adds only our own code); the S3 client and its
 * presigner on a file route; the Cognito client on a user-directory route; the workbook reader on
 * a spreadsheet import — each created, as a handler's module scope does.
 */
export function referenceSource(needs: LibraryNeeds): string {
  return [
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
    "import { Logger } from '@aws-lambda-powertools/logger';",
    "import middy from '@middy/core';",
    needs.s3
      ? "import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';\nimport { getSignedUrl } from '@aws-sdk/s3-request-presigner';\nimport { createPresignedPost } from '@aws-sdk/s3-presigned-post';"
      : '',
    needs.cognito
      ? "import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';"
      : '',
    needs.workbook
      ? "import { readSheet } from 'read-excel-file/universal';\nimport { strFromU8, unzipSync } from 'fflate';"
      : '',
    'const client = new DynamoDBClient({});',
    'const logger = new Logger();',
    needs.s3
      ? 'const s3 = new S3Client({}); const sign = [getSignedUrl, createPresignedPost, GetObjectCommand];'
      : '',
    needs.cognito ? 'const cognito = new CognitoIdentityProviderClient({});' : '',
    'let handler = middy(async () => ({ statusCode: 200, body: String(Boolean(client)) + String(logger) }));',
    `export { handler };${needs.s3 ? ' export const keep = [s3, sign];' : ''}${needs.cognito ? ' export const keepCognito = cognito;' : ''}${needs.workbook ? ' export const keepWorkbook = [readSheet, strFromU8, unzipSync];' : ''}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The DynamoDB client alone, then the libraries our handlers are built on, as bundles to compare with. */
export const REFERENCES = [
  { id: '(baseline: DynamoDB client only)', source: BASELINE_SOURCE },
  { id: '(reference: + Logger, middy)', source: LOGGER_MIDDY_SOURCE },
] as const;

/** What a function sees in Lambda, with placeholder values: module-scope config parsing must pass. */
export const LAMBDA_ENV = {
  AWS_REGION: 'ap-southeast-1',
  TABLE_NAME: 'bench-table',
  IDEMPOTENCY_TABLE_NAME: 'bench-idempotency',
  PROVINCE_CODE: 'ha-tinh',
  POWERTOOLS_SERVICE_NAME: 'tdkt',
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
 * Cold start of a deployed router bundle (`shared/http/router.ts`) on one route, in a fresh
 * process, ms: the import of its entry and the load of the route's chunks (a warm-up limited to
 * that route, so no handler runs); without `routeKey`, the entry alone.
 */
export function importRouterOnce(file: string, routeKey?: string): number {
  const event = { source: 'tdkt.warm-up', preload: true, holdMs: 0, routeKeys: routeKey ? [routeKey] : [] };
  const script = `const t=performance.now();const m=await import(${JSON.stringify(pathToFileURL(file).href)});await m.handler(${JSON.stringify(event)},{});process.stdout.write(String(performance.now()-t));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', ...LAMBDA_ENV },
    encoding: 'utf8',
  });
  return Number(out);
}
