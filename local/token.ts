/**
 * `npm run token -- <user>`: signs a demo user in against the running local stack and prints the
 * ID token, for curl: `curl -H "Authorization: Bearer $(npm run -s token -- thuky.snv)" …`.
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './app';
import { signIn } from './cognito/setup';
import { readEndpoints } from './endpoints-file';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-province';

async function main(): Promise<void> {
  const who = process.argv[2];
  const user = DEMO_USERS.find((u) => who && (u.email === who || u.email.startsWith(`${who}@`)));
  if (!user) {
    console.error(
      `usage: npm run token -- <user>, one of:\n${DEMO_USERS.map((u) => `  ${u.email.split('@')[0]}`).join('\n')}`,
    );
    process.exit(2);
  }
  const endpoints = readEndpoints();
  const cognito = new CognitoIdentityProviderClient({
    endpoint: endpoints.cognitoEndpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const token = await signIn(
    cognito,
    { userPoolId: endpoints.userPoolId, clientId: endpoints.clientId },
    user.email,
    DEMO_PASSWORD,
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
