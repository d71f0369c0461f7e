import type { WebConfig } from '../config';
import { createStore } from '../lib/store';
import {
  type CognitoClient,
  decodeClaims,
  fetchDisplayName,
  refreshTokens,
  revokeRefreshToken,
  signOutEverywhere,
  type Tokens,
} from './cognito';

export interface Session {
  readonly email: string;
  /** What the header and confirmations show ("Phan Thị Tô Hoa"). */
  readonly name: string;
  readonly tokens: Tokens;
}

export interface SessionState {
  readonly session: Session | null;
  /**
   * The session ran out while the user was working: the app asks for the password again in a
   * dialog over the current screen, and the requests that were waiting go on after it.
   */
  readonly expired: boolean;
  /** Said on the sign-in screen after the session ended on purpose ("password changed…"). */
  readonly notice?: string;
}

/** sessionStorage: the session survives a reload of the tab but not the closing of the browser. */
const STORAGE_KEY = 'tdkt.session';
/** Refresh a little before expiry so a request never leaves with a token about to lapse. */
const REFRESH_MARGIN_MS = 60_000;

function restore(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function persist(session: Session | null): void {
  try {
    if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode may refuse storage; the session then lives in memory only.
  }
}

export const sessionStore = createStore<SessionState>({ session: restore(), expired: false });

let config: WebConfig | undefined;
let refreshing: Promise<string | null> | undefined;
const waitingForSignIn = new Set<(token: string | null) => void>();

export function configureSession(webConfig: WebConfig): void {
  config = webConfig;
}

function requireConfig(): WebConfig {
  if (!config) throw new Error('session not configured');
  return config;
}

function setSession(session: Session | null, expired = false, notice?: string): void {
  persist(session);
  sessionStore.set({ session, expired, ...(notice ? { notice } : {}) });
}

/** The pool's app client, for the sign-in steps (`web/src/screens/sign-in/`). */
export function cognitoClient(): CognitoClient {
  const { cognitoEndpoint, clientId } = requireConfig();
  return { endpoint: cognitoEndpoint, clientId };
}

/** How sign-in forms spell an address, so the same person is recognised after an expiry. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Completes a sign-in whose every step passed; when the session had expired, the requests waiting
 * for it resume with the new token (only if it is the same user).
 */
export async function completeSignIn(email: string, tokens: Tokens): Promise<Session> {
  const { cognitoEndpoint } = requireConfig();
  const normalised = normaliseEmail(email);
  const previous = sessionStore.get().session;
  const claimed = decodeClaims(tokens.idToken).name;
  const name =
    (typeof claimed === 'string' ? claimed : undefined) ??
    (await fetchDisplayName(cognitoEndpoint, tokens.accessToken)) ??
    normalised;
  const session: Session = { email: normalised, name, tokens };
  setSession(session);
  const sameUser = previous?.email === normalised;
  for (const resume of [...waitingForSignIn]) resume(sameUser ? tokens.idToken : null);
  waitingForSignIn.clear();
  return session;
}

export async function signOut(notice?: string): Promise<void> {
  const session = sessionStore.get().session;
  setSession(null, false, notice);
  for (const resume of [...waitingForSignIn]) resume(null);
  waitingForSignIn.clear();
  if (session?.tokens.refreshToken) {
    const { cognitoEndpoint, clientId } = requireConfig();
    await revokeRefreshToken(cognitoEndpoint, clientId, session.tokens.refreshToken);
  }
}

/**
 * Ends every session of the signed-in user on every device (after a password change), then this
 * one, saying why on the sign-in screen.
 */
export async function signOutEverywhereAndHere(notice: string): Promise<void> {
  const session = sessionStore.get().session;
  if (session) await signOutEverywhere(requireConfig().cognitoEndpoint, session.tokens.accessToken);
  setSession(null, false, notice);
  for (const resume of [...waitingForSignIn]) resume(null);
  waitingForSignIn.clear();
}

/** Marks the session as expired and waits until the same user signs in again (null: gave up). */
function waitForSignIn(): Promise<string | null> {
  const state = sessionStore.get();
  if (!state.expired) sessionStore.set({ ...state, expired: true });
  return new Promise((resolve) => waitingForSignIn.add(resolve));
}

async function refresh(session: Session): Promise<string | null> {
  const refreshToken = session.tokens.refreshToken;
  if (!refreshToken) return null;
  const { cognitoEndpoint, clientId } = requireConfig();
  try {
    const tokens = await refreshTokens(cognitoEndpoint, clientId, refreshToken);
    setSession({ ...session, tokens: { ...tokens, refreshToken: tokens.refreshToken ?? refreshToken } });
    return tokens.idToken;
  } catch {
    return null;
  }
}

/**
 * A valid ID token for the next request: refreshed when close to expiry, or, when it cannot be
 * refreshed, after the user signs in again. `null` only when nobody is signed in any more.
 */
export async function currentIdToken(options: { forceRefresh?: boolean } = {}): Promise<string | null> {
  const session = sessionStore.get().session;
  if (!session) return null;
  if (sessionStore.get().expired) return waitForSignIn();
  const fresh = session.tokens.expiresAt - Date.now() > REFRESH_MARGIN_MS;
  if (fresh && !options.forceRefresh) return session.tokens.idToken;
  refreshing ??= refresh(session).finally(() => {
    refreshing = undefined;
  });
  const token = await refreshing;
  return token ?? waitForSignIn();
}

/** Test and support hook: makes the current session look expired (used by the e2e test of re-sign-in). */
export function expireSessionForTest(): void {
  const session = sessionStore.get().session;
  if (!session) return;
  setSession({ ...session, tokens: { ...session.tokens, expiresAt: 0, refreshToken: 'revoked' } });
}
