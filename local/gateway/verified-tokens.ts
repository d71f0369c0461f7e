import type { JwtPayload } from 'aws-jwt-verify/jwt-model';

export interface VerifiedTokenOptions {
  /** Now, in ms since the epoch (a test sets it). */
  readonly now?: () => number;
  /** Tokens kept at most; past it the oldest goes first. */
  readonly max?: number;
}

/**
 * Remembers the tokens `verify` accepted, until each one's `exp`: the same signed token is
 * checked once, not on every request (an RS256 check was 2.5 % of the gateway process's CPU in
 * the load test). A token past its expiry is never served from here: it goes to `verify` again,
 * which refuses it. A refusal is never kept.
 */
export function rememberVerifiedTokens(
  verify: (token: string) => Promise<JwtPayload>,
  { now = Date.now, max = 10_000 }: VerifiedTokenOptions = {},
): (token: string) => Promise<JwtPayload> {
  const accepted = new Map<string, JwtPayload>();
  return async (token) => {
    const known = accepted.get(token);
    if (known && typeof known.exp === 'number' && known.exp * 1000 > now()) return known;
    accepted.delete(token);
    const payload = await verify(token);
    if (accepted.size >= max) {
      const oldest = accepted.keys().next();
      if (!oldest.done) accepted.delete(oldest.value);
    }
    accepted.set(token, payload);
    return payload;
  };
}
