import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { inject } from 'vitest';
import {
  ensureUser,
  ensureUserPool,
  type LocalUser,
  type PoolOptions,
  signIn,
  type UserPoolRef,
} from '../../../local/cognito/setup';

export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export function cognitoClient(): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: inject('cognitoEndpoint'),
    region: 'local',
    credentials: localCredentials,
  });
}

/**
 * A fresh user pool per test file, named after the file so files never share users. Its users
 * skip TOTP enrolment unless the test names who may not (the sign-in tests enrol everyone).
 */
export async function freshUserPool(
  name: string,
  options: PoolOptions = { mfaExempt: ['*'] },
): Promise<UserPoolRef & { issuer: string }> {
  const pool = await ensureUserPool(cognitoClient(), `${name}-${Date.now()}`, options);
  return { ...pool, issuer: `${inject('cognitoEndpoint')}/${pool.userPoolId}` };
}

export const TEST_PASSWORD = 'Mat-khau-thu-nghiem-2026';

/** Creates the user (if new) and signs in, returning a real cognito-local ID token. */
export async function tokenFor(pool: UserPoolRef, user: Omit<LocalUser, 'password'>): Promise<string> {
  const client = cognitoClient();
  await ensureUser(client, pool, { ...user, password: TEST_PASSWORD });
  return signIn(client, pool, user.email, TEST_PASSWORD);
}
