import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { API_VERSION, buildOpenApi } from '../shared/http/openapi';
import { ROUTE_AREAS, ROUTES } from '../shared/http/route-table';
import { setLocalClock } from '../shared/runtime';
import { ballotTableNameFor, type Clock } from '../shared/store';
import { ensureBallotTable, ensureIdempotencyTable, ensureTable } from '../shared/store/dynamo';
import { makeIdTokenClaimsCompleter } from './cognito/id-token-claims';
import { DEMO_MFA_EXEMPT, ensureUserPool, type UserPoolRef } from './cognito/setup';
import { type LocalFunctions, localFunctions } from './gateway/routers';
import { type RunningGateway, startGateway } from './gateway/server';

export const LOCAL_REGION = 'local';
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export interface AppOptions {
  readonly dynamodbEndpoint: string;
  readonly cognitoEndpoint: string;
  readonly sesEndpoint: string;
  /** The S3 stand-in; the app's dossier bucket is created there (named after the table). */
  readonly s3Endpoint: string;
  readonly tableName: string;
  readonly idempotencyTableName: string;
  readonly userPoolName: string;
  readonly provinceCode: string;
  /** A shipped rule file to apply in place of the province's (the demo's `DEMO_RULES_CODE`). */
  readonly rulesCode?: string;
  readonly gatewayPort?: number;
  readonly webOrigin?: string;
  /** The built web app to serve (`web/dist`), with its `/config.json`; absent: API only. */
  readonly web?: { readonly root: string; readonly provinceName: string };
  /** The handlers' clock; the wall clock when absent. Tests fix the date with it. */
  readonly clock?: Clock;
  /**
   * Where audit chain links are anchored (write-once files: the local stand-in for the Object
   * Lock bucket); a fresh temporary directory when absent.
   */
  readonly auditAnchorDir?: string;
  /** Who may skip TOTP enrolment locally (`ensureUserPool`); the demo accounts when absent. */
  readonly mfaExempt?: readonly string[];
  /** False only in the benchmarks: the gateway's contract check is the local stack's, not a deployment's. */
  readonly checkAnswers?: boolean;
}

export interface RunningApp {
  readonly apiUrl: string;
  readonly pool: UserPoolRef & { readonly issuer: string };
  readonly dynamodb: DynamoDBClient;
  readonly cognito: CognitoIdentityProviderClient;
  readonly gateway: RunningGateway;
  /** The API's functions (routers) the gateway calls, by name: what the warm-up invokes. */
  readonly functions: LocalFunctions;
  /** The directory the audit anchors are written to (`AUDIT_ANCHOR_DIR`). */
  readonly auditAnchorDir: string;
  stop(): Promise<void>;
}

/**
 * The environment a deployed function gets from CDK, pointed at the local services. Handlers
 * read it once when their module loads, so it is set before the first handler is imported.
 */
function setFunctionEnvironment(options: AppOptions): void {
  Object.assign(process.env, {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    TABLE_NAME: options.tableName,
    IDEMPOTENCY_TABLE_NAME: options.idempotencyTableName,
    PROVINCE_CODE: options.provinceCode,
    DYNAMODB_ENDPOINT: options.dynamodbEndpoint,
    SES_ENDPOINT: options.sesEndpoint,
    COGNITO_ENDPOINT: options.cognitoEndpoint,
    AUDIT_ANCHOR_DIR: options.auditAnchorDir,
    S3_ENDPOINT: options.s3Endpoint,
    FILES_BUCKET: filesBucketFor(options.tableName),
    POWERTOOLS_SERVICE_NAME: 'tdkt',
  });
  if (options.rulesCode) process.env.RULES_CODE = options.rulesCode;
  else delete process.env.RULES_CODE;
}

/** The app's dossier bucket on the S3 stand-in: one per table, so test apps never share files. */
export const filesBucketFor = (tableName: string) =>
  `${tableName.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}-files`.slice(-63).replace(/^-+/, '');

async function ensureFilesBucket(options: AppOptions): Promise<void> {
  const s3 = new S3Client({
    endpoint: options.s3Endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    forcePathStyle: true,
  });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: filesBucketFor(options.tableName) }));
  } catch (error) {
    // A restart of `npm start` finds the bucket it made before.
    if (!(error instanceof S3ServiceException && /BucketAlready/.test(error.name))) throw error;
  }
}

/**
 * Everything above the embedded services: the tables, the user pool (as CDK declares them), the
 * function environment and the local API gateway over the route table.
 */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const dynamodb = new DynamoDBClient({
    endpoint: options.dynamodbEndpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const cognito = new CognitoIdentityProviderClient({
    endpoint: options.cognitoEndpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  await ensureTable(dynamodb, options.tableName);
  await ensureIdempotencyTable(dynamodb, options.idempotencyTableName);
  await ensureBallotTable(dynamodb, ballotTableNameFor(options.tableName));
  await ensureFilesBucket(options);
  const pool = await ensureUserPool(cognito, options.userPoolName, {
    mfaExempt: options.mfaExempt ?? DEMO_MFA_EXEMPT,
  });
  const issuer = `${options.cognitoEndpoint}/${pool.userPoolId}`;
  const auditAnchorDir =
    options.auditAnchorDir ?? mkdtempSync(join(tmpdir(), `tdkt-anchors-${options.tableName}-`));
  setFunctionEnvironment({ ...options, auditAnchorDir });
  setLocalClock(options.clock);
  Object.assign(process.env, { USER_POOL_ID: pool.userPoolId, USER_POOL_CLIENT_ID: pool.clientId });
  const functions = localFunctions(ROUTE_AREAS);
  const gateway = await startGateway({
    routes: ROUTES,
    loadHandler: async (route) => functions.handlerOf(route),
    functionNameOf: (route) => functions.nameOf(route),
    jwt: { issuer, audience: pool.clientId },
    completeClaims: makeIdTokenClaimsCompleter(cognito, pool),
    publicDocuments: {
      '/openapi.json': () => buildOpenApi(ROUTES, { title: 'tdkt API', version: API_VERSION }),
      // The web app's deployment settings; in AWS the same file sits beside the app in S3.
      ...(options.web
        ? {
            '/config.json': () => ({
              apiUrl: '',
              cognitoEndpoint: options.cognitoEndpoint,
              userPoolId: pool.userPoolId,
              clientId: pool.clientId,
              provinceName: options.web?.provinceName,
            }),
          }
        : {}),
    },
    ...(options.web ? { webRoot: options.web.root } : {}),
    ...(options.gatewayPort !== undefined ? { port: options.gatewayPort } : {}),
    ...(options.webOrigin ? { corsOrigin: options.webOrigin } : {}),
    ...(options.checkAnswers === false ? { checkAnswers: false } : {}),
  });
  return {
    apiUrl: gateway.url,
    pool: { ...pool, issuer },
    dynamodb,
    cognito,
    gateway,
    functions,
    auditAnchorDir,
    async stop() {
      await gateway.stop();
      dynamodb.destroy();
      cognito.destroy();
    },
  };
}
