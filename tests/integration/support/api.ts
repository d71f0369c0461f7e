import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { type RunningApp, startApp } from '../../../local/app';
import { signIn } from '../../../local/cognito/setup';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from '../../../local/seed/demo-province';
import { seedDemoProvince } from '../../../local/seed/seed';
import type { Route } from '../../../shared/http/route';
import { DEMO_RULES_CODE } from '../../../shared/rule-overrides';
import { testClock } from '../../support/clock';

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface RequestOptions {
  /** Sent as `Idempotency-Key`; a fresh one is generated for every POST unless given. */
  readonly idempotencyKey?: string | null;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A signed-in caller of the local API. */
export interface ApiClient {
  readonly user: DemoUser;
  get<T = unknown>(path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
  put<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
  patch<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
  delete<T = unknown>(path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
}

export interface TestApi {
  readonly url: string;
  readonly app: RunningApp;
  readonly tableName: string;
  /** Signs in a demo user by e-mail or by its local part (`thuky.snv`). */
  as(user: string): Promise<ApiClient>;
  /** The ID token of a demo user, for requests made by hand. */
  tokenOf(user: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The whole API on the real local services, for one test file: its own table, idempotency table
 * and user pool, seeded with the demo province (organisations, units, people, campaign, one user
 * per role), behind the local gateway with real cognito-local tokens.
 */
export async function startTestApi(
  label: string,
  options: { readonly dynamodbEndpoint?: string } = {},
): Promise<TestApi> {
  const suffix = `${label}-${randomUUID().slice(0, 8)}`;
  const tableName = `tdkt-api-${suffix}`;
  const app = await startApp({
    dynamodbEndpoint: options.dynamodbEndpoint ?? inject('dynamodbEndpoint'),
    cognitoEndpoint: inject('cognitoEndpoint'),
    sesEndpoint: inject('sesEndpoint'),
    s3Endpoint: inject('s3Endpoint'),
    tableName,
    idempotencyTableName: `${tableName}-idempotency`,
    userPoolName: `tdkt-${suffix}`,
    provinceCode: 'ha-tinh',
    rulesCode: DEMO_RULES_CODE,
    clock: testClock,
    // These tests are about the API; TOTP sign-in has its own (tests/integration/cognito/).
    mfaExempt: ['*'],
  });
  await seedDemoProvince({
    dynamodb: app.dynamodb,
    tableName,
    cognito: app.cognito,
    pool: app.pool,
    clock: testClock,
  });
  const tokens = new Map<string, string>();

  const demoUser = (who: string): DemoUser => {
    const user = DEMO_USERS.find((u) => u.email === who || u.email.startsWith(`${who}@`));
    if (!user) throw new Error(`no demo user ${who}`);
    return user;
  };
  const tokenOf = async (who: string): Promise<string> => {
    const user = demoUser(who);
    let token = tokens.get(user.email);
    if (!token) {
      token = await signIn(app.cognito, app.pool, user.email, DEMO_PASSWORD);
      tokens.set(user.email, token);
    }
    return token;
  };

  const as = async (who: string): Promise<ApiClient> => {
    const user = demoUser(who);
    const bearer = await tokenOf(who);
    const call = async <T>(method: string, path: string, body: unknown, options: RequestOptions = {}) => {
      const key =
        options.idempotencyKey === null
          ? undefined
          : (options.idempotencyKey ?? (method === 'POST' ? randomUUID() : undefined));
      const res = await fetch(`${app.apiUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${bearer}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(key ? { 'idempotency-key': key } : {}),
          ...options.headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
    };
    return {
      user,
      get: (path, options) => call('GET', path, undefined, options),
      post: (path, body, options) => call('POST', path, body, options),
      put: (path, body, options) => call('PUT', path, body, options),
      patch: (path, body, options) => call('PATCH', path, body, options),
      delete: (path, options) => call('DELETE', path, undefined, options),
    };
  };

  return { url: app.apiUrl, app, tableName, as, tokenOf, stop: () => app.stop() };
}

/** Request options naming the version read, as `If-Match` (required on every versioned change). */
export const ifMatch = (version: number): RequestOptions => ({ headers: { 'if-match': `"${version}"` } });

/** A demo user the route allows (validation and ownership run after the role check). */
export async function allowedCaller(api: TestApi, route: Pick<Route, 'id' | 'roles'>): Promise<ApiClient> {
  const user = DEMO_USERS.find((u) => u.roles.some((role) => route.roles.includes(role)));
  if (!user) throw new Error(`no demo user may call ${route.id}`);
  return api.as(user.email);
}
