/**
 * The `Session` string that ties the steps of one sign-in together, as AWS keeps it: opaque,
 * bound to the user, the app client and the step it answers, lapsing after the pool's
 * AuthSessionValidity, and spent when the step succeeds (the answer carries the next one). A
 * wrong answer leaves it usable a few times. cognito-local hands out uuids and never checks them.
 */
import { randomBytes } from 'node:crypto';
import { AUTH_SESSION_MINUTES } from '../../../shared/users/cognito-settings';
import { notAuthorized } from './cognito-local';

export type ChallengeName = 'NEW_PASSWORD_REQUIRED' | 'MFA_SETUP' | 'SOFTWARE_TOKEN_MFA';

export interface AuthSession {
  readonly username: string;
  readonly clientId: string;
  readonly challenge: ChallengeName;
  /** MFA_SETUP: the user has proved a code from the new authenticator (VerifySoftwareToken). */
  readonly totpVerified: boolean;
  readonly expiresAt: number;
}

/** Wrong answers one step may take before the sign-in must start again. */
export const MAX_FAILURES = 3;

interface Held extends AuthSession {
  failures: number;
}

const sessions = new Map<string, Held>();

export function openSession(
  session: Pick<AuthSession, 'username' | 'clientId' | 'challenge'> & { readonly totpVerified?: boolean },
  now: number,
): string {
  for (const [id, s] of sessions) if (s.expiresAt <= now) sessions.delete(id);
  const id = randomBytes(96).toString('base64url');
  sessions.set(id, {
    username: session.username,
    clientId: session.clientId,
    challenge: session.challenge,
    totpVerified: session.totpVerified ?? false,
    expiresAt: now + AUTH_SESSION_MINUTES * 60_000,
    failures: 0,
  });
  return id;
}

/**
 * The live session answering `challenge`; with `clientId`, it must be that client's (calls that
 * carry no client id, AssociateSoftwareToken and VerifySoftwareToken, pass none).
 */
export function liveSession(
  id: unknown,
  challenge: ChallengeName,
  now: number,
  clientId?: string,
): AuthSession & { readonly id: string } {
  const session = typeof id === 'string' ? sessions.get(id) : undefined;
  if (
    !session ||
    session.challenge !== challenge ||
    (clientId !== undefined && session.clientId !== clientId)
  )
    throw notAuthorized('Invalid session for the user.');
  if (session.expiresAt <= now) {
    sessions.delete(id as string);
    throw notAuthorized('Invalid session for the user, session is expired.');
  }
  return { ...session, id: id as string };
}

/** The step succeeded: this session cannot be answered again. */
export function spendSession(id: string): void {
  sessions.delete(id);
}

/** A wrong answer; after {@link MAX_FAILURES} the session is gone and sign-in starts over. */
export function failSession(id: string): Error | undefined {
  const session = sessions.get(id);
  if (!session) return undefined;
  session.failures += 1;
  if (session.failures < MAX_FAILURES) return undefined;
  sessions.delete(id);
  return notAuthorized('Invalid session for the user.');
}
