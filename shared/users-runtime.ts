/**
 * The user-directory adapter of the functions that manage users. Kept apart from
 * `shared/adapters.ts` so that the Cognito client (≈ 160 KB of bundle and its import time) is
 * paid only by the user routes, not by every function that imports an adapter.
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Adapter } from './runtime';
import { makeCognitoUserDirectory, type UserDirectory } from './users';

export const users: Adapter<UserDirectory> = ({ env }) => {
  if (!env.USER_POOL_ID) throw new Error('USER_POOL_ID is required by the user-management functions');
  return makeCognitoUserDirectory({
    client: new CognitoIdentityProviderClient({
      region: env.AWS_REGION,
      ...(env.COGNITO_ENDPOINT ? { endpoint: env.COGNITO_ENDPOINT } : {}),
    }),
    userPoolId: env.USER_POOL_ID,
  });
};
