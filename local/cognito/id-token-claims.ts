import {
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { UserPoolRef } from './setup';

/** Standard attributes an ID token from AWS carries when the app client may read them (infra/constructs/auth.ts). */
const PROFILE_CLAIMS = ['name'] as const;

/** Tokens remembered; a token lives an hour, so this covers far more than a local session uses. */
const MAX_REMEMBERED = 2_000;

/**
 * cognito-local's ID tokens carry `email`, the custom attributes and the groups, but not the
 * standard profile attributes an ID token from AWS carries (`name`). The local gateway fills them
 * in after verifying the token, from the user as cognito-local holds it, so a handler reads the
 * same claims locally as in AWS. Read once per token (by `jti`): like AWS, a rename shows in the
 * next token, not in one already issued.
 */
export function makeIdTokenClaimsCompleter(cognito: CognitoIdentityProviderClient, pool: UserPoolRef) {
  const remembered = new Map<string, Record<string, string>>();
  const profileOf = async (username: string): Promise<Record<string, string>> => {
    const user = await cognito.send(
      new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: username }),
    );
    const profile: Record<string, string> = {};
    for (const claim of PROFILE_CLAIMS) {
      const value = user.UserAttributes?.find((a) => a.Name === claim)?.Value;
      if (value) profile[claim] = value;
    }
    return profile;
  };
  return async (payload: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const username = payload['cognito:username'];
    if (typeof username !== 'string' || PROFILE_CLAIMS.every((claim) => claim in payload)) return payload;
    const key = typeof payload.jti === 'string' ? payload.jti : undefined;
    let profile = key === undefined ? undefined : remembered.get(key);
    if (!profile) {
      // A user removed since the token was issued: AWS would still pass the token's own claims.
      profile = await profileOf(username).catch(() => ({}));
      if (key !== undefined) {
        if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
        remembered.set(key, profile);
      }
    }
    return { ...profile, ...payload };
  };
}
