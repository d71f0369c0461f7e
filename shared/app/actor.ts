import type { Actor } from '../domain/workflow';
import type { Principal } from './principal';

/** The actor of the pure workflow, from the verified token. */
export function actorOf(principal: Principal): Actor {
  return {
    userId: principal.userId,
    roles: principal.roles,
    ...(principal.orgId ? { organisationId: principal.orgId } : {}),
    ...(principal.unitId ? { unitId: principal.unitId } : {}),
  };
}
