import type { Route } from './route';
import { getMe } from './routes/session';

/**
 * THE route table: every HTTP route of the system, once. CDK builds the HTTP API and one Lambda
 * per row from it; the local gateway dispatches from it; the OpenAPI document and the
 * authorisation matrix test are generated from it. Each row's handler is `functions/<id>.ts`.
 * Rows are grouped by area in `./routes/*`.
 */
export const ROUTES: readonly Route[] = [getMe];

/** The entry file of a route's Lambda handler, relative to the repository root. */
export const handlerEntry = (route: Pick<Route, 'id'>): string => `functions/${route.id}.ts`;
