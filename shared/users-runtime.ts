/**
 * The runtime of the functions that manage users: the common runtime plus the Cognito user
 * directory. Kept apart from `runtime.ts` so that the Cognito client (≈ 160 KB of bundle and its
 * import time) is paid only by the six user routes, not by every function.
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { type Runtime, runtime } from './runtime';
import { makeCognitoUserDirectory } from './users';

let cached: Runtime | undefined;

export function usersRuntime(): Runtime {
  if (cached) return cached;
  const base = runtime();
  const { env } = base;
  if (!env.USER_POOL_ID) throw new Error('USER_POOL_ID is required by the user-management functions');
  cached = {
    ...base,
    ports: {
      ...base.ports,
      users: makeCognitoUserDirectory({
        client: new CognitoIdentityProviderClient({
          region: env.AWS_REGION,
          ...(env.COGNITO_ENDPOINT ? { endpoint: env.COGNITO_ENDPOINT } : {}),
        }),
        userPoolId: env.USER_POOL_ID,
      }),
    },
  };
  return cached;
}
