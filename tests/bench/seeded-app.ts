import { type RunningApp, startApp } from '../../local/app';
import { seedDemoProvince } from '../../local/seed/seed';
import { type LocalServices, startLocalServices } from '../../local/services';
import { DEMO_RULES_CODE } from '../../shared/rule-overrides';
import { testClock } from '../support/clock';

export interface SeededApp {
  readonly services: LocalServices;
  readonly app: RunningApp;
  stop(): Promise<void>;
}

/**
 * The benchmarks' stack: the embedded services, the app on its own table and user pool, the demo
 * province seeded — at the test suite's fixed date (`testClock`), so a benchmark plays the same
 * campaign year whatever today is.
 */
export async function startSeededApp(
  table: string,
  options: { readonly mfaExempt?: readonly string[] } = {},
): Promise<SeededApp> {
  const services = await startLocalServices();
  const app = await startApp({
    dynamodbEndpoint: services.dynamodbEndpoint,
    cognitoEndpoint: services.cognitoEndpoint,
    sesEndpoint: services.sesEndpoint,
    s3Endpoint: services.s3Endpoint,
    tableName: table,
    idempotencyTableName: `${table}-idempotency`,
    userPoolName: table,
    provinceCode: 'ha-tinh',
    rulesCode: DEMO_RULES_CODE,
    clock: testClock,
    // A deployed function does not check its answer against the route's schema; the local
    // gateway does, for the tests. The benchmarks measure what a deployment does.
    checkAnswers: false,
    ...(options.mfaExempt ? { mfaExempt: options.mfaExempt } : {}),
  });
  await seedDemoProvince({
    dynamodb: app.dynamodb,
    tableName: table,
    cognito: app.cognito,
    pool: app.pool,
    clock: testClock,
  });
  return {
    services,
    app,
    async stop() {
      await app.stop();
      await services.stop();
    },
  };
}
