import type { Route } from './route';
import { AUDIT_ROUTES } from './routes/audit';
import { CAMPAIGNS_ROUTES } from './routes/campaigns';
import { COUNCIL_ROUTES } from './routes/council';
import { DECISIONS_ROUTES } from './routes/decisions';
import { DIRECTORY_ROUTES } from './routes/directory';
import { NOMINATIONS_ROUTES } from './routes/nominations';
import { PROVINCE_COUNCIL_ROUTES } from './routes/province-council';
import { REPORTS_ROUTES } from './routes/reports';
import { SECRETARIAT_ROUTES } from './routes/secretariat';
import { getMe } from './routes/session';

/**
 * THE route table: every HTTP route of the system, once. CDK builds the HTTP API and one Lambda
 * per row from it; the local gateway dispatches from it; the OpenAPI document and the
 * authorisation matrix test are generated from it. Each row's handler is `functions/<id>.ts`.
 * Rows are grouped by area in `./routes/*`.
 */
export const ROUTES: readonly Route[] = [
  getMe,
  ...DIRECTORY_ROUTES,
  ...CAMPAIGNS_ROUTES,
  ...NOMINATIONS_ROUTES,
  ...SECRETARIAT_ROUTES,
  ...COUNCIL_ROUTES,
  ...DECISIONS_ROUTES,
  ...PROVINCE_COUNCIL_ROUTES,
  ...AUDIT_ROUTES,
  ...REPORTS_ROUTES,
];

/** The entry file of a route's Lambda handler, relative to the repository root. */
export const handlerEntry = (route: Pick<Route, 'id'>): string => `functions/${route.id}.ts`;
