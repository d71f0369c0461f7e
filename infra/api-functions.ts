import type { Route } from '../shared/http/route';
import type { RouteArea } from '../shared/http/route-table';
import { type FileAccess, type FunctionAccess, ROUTE_ACCESS_OVERRIDES, routeAccess } from './access';

/**
 * One Lambda function of the HTTP API and the routes it serves. The topology is measured and
 * chosen in docs/performance.md ("Topology"): one function per area of the route table, its
 * read-only routes apart, and the routes that reach Cognito in one user-directory function, so
 * that warm environments are shared by an area's routes while least privilege still means
 * something: only `users` holds Cognito rights, and a `-read` function holds no write action.
 */
export interface ApiFunction {
  /** kebab-case: `<area>`, `<area>-read`, `users`, `users-read`. Names its construct and entry. */
  readonly name: string;
  /** The area whose nested stack holds the function (the first area among its routes). */
  readonly area: string;
  readonly routes: readonly Route[];
  /** The union of its routes' access (`routeAccess`), what its role is granted. */
  readonly access: FunctionAccess;
}

/** The user-directory function: every route whose access reaches the Cognito user pool. */
export const USERS_FUNCTION = 'users';

const TABLE_ORDER = ['none', 'read', 'read-write'] as const;
const USERS_ORDER = ['none', 'read', 'manage'] as const;
const ANCHORS_ORDER = [undefined, 'read', 'write'] as const;

const higher = <T>(order: readonly T[], a: T, b: T): T => (order.indexOf(a) >= order.indexOf(b) ? a : b);

const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined => {
  const all = [...new Set([...(a ?? []), ...(b ?? [])])];
  return all.length > 0 ? all : undefined;
};

/** What a function serving both may do: the larger of each grant. */
export function unionAccess(a: FunctionAccess, b: FunctionAccess): FunctionAccess {
  const files = union<FileAccess>(a.files, b.files);
  const ballots = union(a.ballots, b.ballots);
  const auditAnchors = higher(ANCHORS_ORDER, a.auditAnchors, b.auditAnchors);
  return {
    table: higher(TABLE_ORDER, a.table, b.table),
    idempotency: a.idempotency || b.idempotency,
    sendMail: a.sendMail || b.sendMail,
    users: higher(USERS_ORDER, a.users, b.users),
    ...(files ? { files } : {}),
    ...(ballots ? { ballots } : {}),
    ...(auditAnchors ? { auditAnchors } : {}),
  };
}

/** The function that serves a route: its area's, or the user directory's, `-read` for a GET. */
export function functionNameOf(
  route: Pick<Route, 'id' | 'method' | 'idempotent'>,
  area: string,
  overrides: Readonly<Record<string, Partial<FunctionAccess>>> = ROUTE_ACCESS_OVERRIDES,
): string {
  const base = routeAccess(route, overrides).users === 'none' ? area : USERS_FUNCTION;
  return route.method === 'GET' ? `${base}-read` : base;
}

/** The API's functions, in route-table order, derived from the route table and its access rows. */
export function apiFunctions(
  areas: readonly RouteArea[],
  overrides: Readonly<Record<string, Partial<FunctionAccess>>> = ROUTE_ACCESS_OVERRIDES,
): ApiFunction[] {
  const byName = new Map<string, { area: string; routes: Route[]; access: FunctionAccess }>();
  for (const area of areas)
    for (const route of area.routes) {
      const name = functionNameOf(route, area.name, overrides);
      const access = routeAccess(route, overrides);
      const found = byName.get(name);
      if (found) {
        found.routes.push(route);
        found.access = unionAccess(found.access, access);
      } else byName.set(name, { area: area.name, routes: [route], access });
    }
  return [...byName].map(([name, fn]) => ({ name, ...fn }));
}
