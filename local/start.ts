/**
 * `npm start`: the whole system on this machine, on embedded services, with demo data.
 * `npm start -- --reset` wipes `.local/` first.
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { DEMO_RULES_CODE, ruleOverridesFor } from '../shared/rule-overrides';
import { ensureWebBuilt } from '../web/build/ensure-built';
import { startApp } from './app';
import { startBackground } from './background';
import { DEMO_MFA_EXEMPT } from './cognito/setup';
import { writeEndpoints } from './endpoints-file';
import { DEMO_PASSWORD, DEMO_PROVINCE, DEMO_USERS } from './seed/demo-province';
import { seedDemoProvince } from './seed/seed';
import { startLocalServices } from './services';

const DATA_DIR = resolve('.local');

/** The API listens on a stable port (4000) when it is free, so URLs in the docs work; else any. */
function preferredPort(port: number): Promise<number> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(0));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort(port)));
  });
}

async function main(): Promise<void> {
  const reset = process.argv.includes('--reset');
  if (reset) rmSync(DATA_DIR, { recursive: true, force: true });

  // The gateway serves the web app; build it first when web/dist is missing or older than its sources.
  const webRoot = await ensureWebBuilt({ log: console.log });
  console.log('tdkt: starting the local services (DynamoDB Local, SES local, Cognito local)…');
  const services = await startLocalServices({ dataDir: DATA_DIR });
  const app = await startApp({
    dynamodbEndpoint: services.dynamodbEndpoint,
    cognitoEndpoint: services.cognitoEndpoint,
    sesEndpoint: services.sesEndpoint,
    s3Endpoint: services.s3Endpoint,
    tableName: 'tdkt-local',
    idempotencyTableName: 'tdkt-local-idempotency',
    userPoolName: `tdkt-${DEMO_PROVINCE.code}`,
    provinceCode: DEMO_PROVINCE.code,
    rulesCode: DEMO_RULES_CODE,
    gatewayPort: await preferredPort(Number(process.env.TDKT_API_PORT ?? 4000)),
    web: { root: webRoot, provinceName: DEMO_PROVINCE.name },
    auditAnchorDir: resolve(DATA_DIR, 'audit-anchors'),
    // The pool requires TOTP as a deployed one does; the demo accounts skip it unless asked not to.
    mfaExempt: process.env.TDKT_DEMO_MFA === 'required' ? [] : DEMO_MFA_EXEMPT,
  });
  const counts = await seedDemoProvince({
    dynamodb: app.dynamodb,
    tableName: 'tdkt-local',
    cognito: app.cognito,
    pool: app.pool,
  });

  const demoRules = ruleOverridesFor(DEMO_RULES_CODE);
  // The notifier on the table's stream and the reminder tick: emails land in SES local's viewer.
  const background = startBackground({
    dynamodb: app.dynamodb,
    dynamodbEndpoint: services.dynamodbEndpoint,
    sesEndpoint: services.sesEndpoint,
    tableName: 'tdkt-local',
    webOrigin: app.apiUrl,
    auditAnchorDir: app.auditAnchorDir,
    ...(demoRules ? { ruleOverrides: demoRules } : {}),
  });
  background.startTimers();

  writeEndpoints({
    apiUrl: app.apiUrl,
    sesViewerUrl: services.sesViewerUrl,
    cognitoEndpoint: services.cognitoEndpoint,
    userPoolId: app.pool.userPoolId,
    clientId: app.pool.clientId,
  });

  const stop = async () => {
    console.log('\ntdkt: stopping…');
    await background.stop();
    await app.stop();
    await services.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const pad = (text: string, width: number) => text.padEnd(width);
  console.log(`
tdkt is running — demo province ${DEMO_PROVINCE.name}${reset ? ' (started clean)' : ''}

  Web app               ${app.apiUrl}/        sign in with a demo user below
  API (local gateway)   ${app.apiUrl}        try: curl -H "Authorization: Bearer $(npm run -s token -- canbo.vanphong.snv)" ${app.apiUrl}/me
  Mail viewer (SES)     ${services.sesViewerUrl}
  DynamoDB Local        ${services.dynamodbEndpoint}   table tdkt-local
  Cognito local         ${services.cognitoEndpoint}   pool ${app.pool.userPoolId}, client ${app.pool.clientId}
  S3 local (files)      ${services.s3Endpoint}   bucket tdkt-local-files (signed requests only)
  Data kept in          ${DATA_DIR}   (npm start -- --reset to start clean)

  Seeded: ${counts.organisations} organisations, ${counts.units} units, ${counts.people} people, ${counts.awards} past awards, ${counts.campaigns} campaign(s)

  Sign-ins (password for all: ${DEMO_PASSWORD})
${DEMO_USERS.map((user) => `    ${pad(user.roles.join(', '), 32)} ${pad(user.email, 44)} ${user.name}`).join('\n')}

Press Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(`tdkt: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
