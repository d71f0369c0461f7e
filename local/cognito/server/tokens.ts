import { createPublicKey, createVerify } from 'node:crypto';
import {
  type Ctx,
  type LocalUser,
  notAuthorized,
  publicJwk,
  type Services,
  type UserPool,
} from './cognito-local';

/**
 * Tokens for a user who has passed every step. Unlike cognito-local's challenge answers, the
 * refresh token is kept (so it works) and the answer carries ExpiresIn and TokenType as AWS's does.
 */
export async function issueTokens(
  services: Services,
  ctx: Ctx,
  pool: UserPool,
  user: LocalUser,
  clientId: string,
) {
  // Revocation compares whole seconds (`iat` ≤ SignedOutAt): a sign-in in the very second of a
  // global sign-out waits for the next one, so its tokens are not taken for revoked ones.
  const wait =
    user.SignedOutAt === undefined ? 0 : (user.SignedOutAt + 1) * 1000 - services.clock.get().getTime();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const client = await services.cognito.getAppClient(ctx, clientId);
  if (!client) throw notAuthorized('Invalid client id.');
  const groups = await pool.listUserGroupMembership(ctx, user);
  const tokens = await services.tokenGenerator.generate(
    ctx,
    user,
    groups,
    client,
    undefined,
    'Authentication',
  );
  const latest = (await pool.getUserByUsername(ctx, user.Username)) ?? user;
  await pool.storeRefreshToken(ctx, tokens.RefreshToken, latest);
  const claims = decode(tokens.IdToken);
  const expiresIn = Number(claims.exp) - Number(claims.iat);
  return {
    ChallengeParameters: {},
    AuthenticationResult: {
      ...tokens,
      ExpiresIn: Number.isFinite(expiresIn) ? expiresIn : 3600,
      TokenType: 'Bearer',
    },
  };
}

const key = createPublicKey({ key: publicJwk, format: 'jwk' });

function decode(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export interface AccessClaims {
  readonly client_id: string;
  readonly sub: string;
  readonly username: string;
  readonly iat: number;
}

/**
 * The claims of an access token AWS would accept: signed by the pool's key, unexpired, an access
 * token, and issued after the user's last global sign-out. cognito-local only decodes it, so a
 * forged or revoked token would change a password.
 */
export function verifyAccessToken(token: unknown, now: number): AccessClaims {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 3) throw notAuthorized('Invalid Access Token');
  const [header, payload, signature] = parts as [string, string, string];
  const valid = createVerify('RSA-SHA256')
    .update(`${header}.${payload}`)
    .verify(key, Buffer.from(signature, 'base64url'));
  if (!valid) throw notAuthorized('Invalid Access Token');
  const claims = decode(token as string);
  if (claims.token_use !== 'access') throw notAuthorized('Invalid Access Token');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now)
    throw notAuthorized('Access Token has expired');
  return claims as unknown as AccessClaims;
}

/** The user an access token speaks for, refusing one revoked by a global sign-out. */
export async function userOfAccessToken(services: Services, ctx: Ctx, token: unknown) {
  const claims = verifyAccessToken(token, services.clock.get().getTime());
  const pool = await services.cognito.getUserPoolForClientId(ctx, claims.client_id);
  const user = await pool.getUserByUsername(ctx, claims.sub);
  if (!user || user.Enabled === false) throw notAuthorized('User does not exist.');
  // Claims count whole seconds: a token of the sign-out's own second counts as revoked (safe side).
  if (user.SignedOutAt !== undefined && claims.iat <= user.SignedOutAt)
    throw notAuthorized('Access Token has been revoked');
  return { pool, user, claims };
}
