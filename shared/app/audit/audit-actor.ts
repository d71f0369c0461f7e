import type { AuditActor } from '../../store';
import type { Principal } from '../principal';

/**
 * Who an audit event says acted: the verified user's id, the role they acted in and, when the
 * token carries one, their display name as it was at that moment (hashed with the event, so a
 * later rename neither changes the record nor breaks the chain).
 */
export function auditActor(principal: Pick<Principal, 'userId' | 'name'>, role: string): AuditActor {
  return { userId: principal.userId, role, ...(principal.name ? { name: principal.name } : {}) };
}
