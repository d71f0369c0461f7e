import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startApp } from '../../local/app';
import { clockStartingAt } from '../../local/clock';
import { DEMO_PROVINCE } from '../../local/seed/demo-province';
import { seedDemoProvince } from '../../local/seed/seed';
import { startLocalServices } from '../../local/services';
import { DEMO_RULES_CODE } from '../../shared/rule-overrides';
import { ensureWebBuilt } from '../../web/build/ensure-built';
import { TEST_START } from '../support/clock';
import { CHROMIUM_ARGS, findChromium } from './support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    e2eBrowserWs: string;
    /** The stack's clock as an offset from the wall clock, for the browsers' clocks. */
    e2eClockOffsetMs: number;
    /** SES local: the mail Cognito and the notifier sent, read back by the tests. */
    e2eSesEndpoint: string;
    /** DynamoDB Local and the stack's table: for facts only a provider produces (a bounce). */
    e2eDynamodbEndpoint: string;
    e2eTableName: string;
  }
}

/**
 * The whole system as a person meets it: the web app built (when stale), the local services, the
 * API serving the app with a seeded demo province, and one headless Chromium that every test file
 * connects to (each test signs its users in, in contexts of their own).
 */
export default async function setup(project: TestProject) {
  const webRoot = await ensureWebBuilt({ log: console.log });
  const chromiumFound = await findChromium();
  const clock = clockStartingAt(TEST_START);
  const services = await startLocalServices();
  const tableName = 'tdkt-e2e';
  const app = await startApp({
    dynamodbEndpoint: services.dynamodbEndpoint,
    cognitoEndpoint: services.cognitoEndpoint,
    sesEndpoint: services.sesEndpoint,
    s3Endpoint: services.s3Endpoint,
    tableName,
    idempotencyTableName: `${tableName}-idempotency`,
    userPoolName: 'tdkt-e2e',
    provinceCode: DEMO_PROVINCE.code,
    rulesCode: DEMO_RULES_CODE,
    web: { root: webRoot, provinceName: DEMO_PROVINCE.name },
    clock,
  });
  await seedDemoProvince({ dynamodb: app.dynamodb, tableName, cognito: app.cognito, pool: app.pool, clock });
  const browser = await chromium.launchServer({
    executablePath: chromiumFound.path,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  project.provide('e2eBaseUrl', app.apiUrl);
  project.provide('e2eBrowserWs', browser.wsEndpoint());
  project.provide('e2eClockOffsetMs', clock.offsetMs);
  project.provide('e2eSesEndpoint', services.sesEndpoint);
  project.provide('e2eDynamodbEndpoint', services.dynamodbEndpoint);
  project.provide('e2eTableName', tableName);
  return async () => {
    await browser.close();
    await app.stop();
    await services.stop();
  };
}
