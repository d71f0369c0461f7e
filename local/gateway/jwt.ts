import { JwtRsaVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { rememberVerifiedTokens } from './verified-tokens';

export interface JwtSettings {
  /** `http://127.0.0.1:<port>/<userPoolId>` for cognito-local; the token's `iss` must match. */
  readonly issuer: string;
  /** The app client id; the ID token's `aud` must match, as the API Gateway authorizer checks. */
  readonly audience: string;
}

/**
 * Verifies ID tokens as API Gateway's JWT authorizer does: RS256 signature against the pool's
 * JWKS, issuer, audience, expiry. aws-jwt-verify fetches JWKS over https only, so the JWKS of
 * cognito-local (plain http on loopback) is fetched here and handed to its cache.
 */
export async function makeJwtVerifier({ issuer, audience }: JwtSettings) {
  const jwksUri = `${issuer}/.well-known/jwks.json`;
  const verifier = JwtRsaVerifier.create({
    issuer,
    audience,
    jwksUri,
    customJwtCheck: ({ payload }) => {
      if (payload.token_use !== 'id') throw new Error('not an ID token');
    },
  });
  const response = await fetch(jwksUri, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`JWKS not available at ${jwksUri}: HTTP ${response.status}`);
  verifier.cacheJwks((await response.json()) as Jwks);
  return rememberVerifiedTokens((token: string): Promise<JwtPayload> => verifier.verify(token));
}
