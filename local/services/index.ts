import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCognitoLocal } from './cognito-local';
import { startDynamoDbLocal } from './dynamodb-local';
import { startS3Local } from './s3-local';
import { startSesLocal } from './ses-local';

export { JAVA_INSTALL_HINT } from './java';

/** What the functions sign with locally (`local/app.ts` sets the same in their environment). */
const LOCAL_S3_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export interface LocalServices {
  readonly dynamodbEndpoint: string;
  readonly sesEndpoint: string;
  readonly sesViewerUrl: string;
  readonly cognitoEndpoint: string;
  /** The S3 stand-in for dossier files (path-style; credentials `local`/`local`). */
  readonly s3Endpoint: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * Where state survives restarts (`npm start`: `.local/`). Absent for tests: DynamoDB Local runs
   * in memory and cognito-local in a temporary directory removed on stop.
   */
  readonly dataDir?: string;
}

/**
 * Starts the embedded stand-ins for AWS (DynamoDB Local, aws-ses-v2-local, cognito-local) on
 * free loopback ports. If one fails to start, those already started are stopped again.
 */
export async function startLocalServices({ dataDir }: StartOptions = {}): Promise<LocalServices> {
  const tempDir = dataDir ? undefined : mkdtempSync(join(tmpdir(), 'tdkt-'));
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
  try {
    const started = <T extends { stop(): Promise<void> }>(service: T): T => {
      stops.push(service.stop);
      return service;
    };
    // Cognito mails through the local SES, so SES comes first (in this process, milliseconds).
    const ses = started(await startSesLocal());
    const [dynamodb, cognito, s3] = await Promise.all([
      startDynamoDbLocal(dataDir ? join(dataDir, 'dynamodb') : undefined).then(started),
      startCognitoLocal(join(dataDir ?? tempDir ?? '.', 'cognito'), ses.endpoint).then(started),
      startS3Local(join(dataDir ?? tempDir ?? '.', 's3'), LOCAL_S3_CREDENTIALS).then(started),
    ]);
    return {
      dynamodbEndpoint: dynamodb.endpoint,
      sesEndpoint: ses.endpoint,
      sesViewerUrl: ses.viewerUrl,
      cognitoEndpoint: cognito.endpoint,
      s3Endpoint: s3.endpoint,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
