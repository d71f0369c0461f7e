import type { Route } from '../route';

/** Routes of this area, in the order the OpenAPI document lists them. */
export const NOMINATIONS_ROUTES: readonly Route[] = [];
