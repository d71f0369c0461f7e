import type { Route } from './route';
import { AUDIT_ROUTES } from './routes/audit';
import { CAMPAIGNS_ROUTES } from './routes/campaigns';
import { COUNCIL_ROUTES } from './routes/council';
import { DECISIONS_ROUTES } from './routes/decisions';
import { DIRECTORY_ROUTES } from './routes/directory';
import { FILES_ROUTES } from './routes/files';
import { MEETING_FILE_ROUTES } from './routes/meeting-file-routes';
import { NOMINATIONS_ROUTES } from './routes/nominations';
import { PROVINCE_COUNCIL_ROUTES } from './routes/province-council';
import { REPORTS_ROUTES } from './routes/reports';
import { SECRETARIAT_ROUTES } from './routes/secretariat';
import { getMe, getWorklist } from './routes/session';

/** The routes of one area of the route table (one file of `./routes/*`). */
export interface RouteArea {
  /** kebab-case; names the area's nested stack in the stateless stack. */
  readonly name: string;
  readonly routes: readonly Route[];
}

/**
 * THE route table, by area: every HTTP route of the system, once. CDK builds the HTTP API and
 * its functions from it (`infra/api-functions.ts`: per area, its reads apart, each a router over
 * its routes), each area's functions in a nested stack of their own; the local
 * gateway dispatches from it; the OpenAPI document and the authorisation matrix test are
 * generated from it. Each row's handler is `functions/<id>.ts`. Rows are grouped by area in
 * `./routes/*`.
 */
export const ROUTE_AREAS: readonly RouteArea[] = [
  { name: 'session', routes: [getMe, getWorklist] },
  { name: 'directory', routes: DIRECTORY_ROUTES },
  { name: 'campaigns', routes: CAMPAIGNS_ROUTES },
  { name: 'nominations', routes: NOMINATIONS_ROUTES },
  { name: 'files', routes: [...FILES_ROUTES, ...MEETING_FILE_ROUTES] },
  { name: 'secretariat', routes: SECRETARIAT_ROUTES },
  { name: 'council', routes: COUNCIL_ROUTES },
  { name: 'decisions', routes: DECISIONS_ROUTES },
  { name: 'province-council', routes: PROVINCE_COUNCIL_ROUTES },
  { name: 'audit', routes: AUDIT_ROUTES },
  { name: 'reports', routes: REPORTS_ROUTES },
];

/** Every route of `ROUTE_AREAS`, in the same order. */
export const ROUTES: readonly Route[] = ROUTE_AREAS.flatMap((area) => area.routes);

/** The entry file of a route's Lambda handler, relative to the repository root. */
export const handlerEntry = (route: Pick<Route, 'id'>): string => `functions/${route.id}.ts`;
