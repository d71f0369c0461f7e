/**
 * The whole system's activity for the administrator's oversight: every nomination's audit events
 * and every registry change (directory, users, council seats, award history, imports, files,
 * suppressed addresses), a month at a time, newest first. A secret ballot's events never show a
 * choice (the same redaction as the timeline).
 */
import { ForbiddenError } from '../../domain/errors';
import type { Page, PageRequest } from '../../store';
import type { ActivityLog } from '../../store/ports/change-log';
import { toTimelineEntry } from '../nominations/present';
import type { Principal } from '../principal';

export interface ActivityView {
  readonly at: string;
  readonly kind: 'nomination' | 'registry';
  /** `nomination`, or the registry entity (`person`, `award`, `user`, …). */
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly actor: { readonly userId: string; readonly name?: string; readonly role?: string };
  readonly reason?: string;
  /** A nomination's states before and after the event. */
  readonly from?: string | null;
  readonly to?: string;
  /** The event's data, or the record before and after the change. */
  readonly details?: Readonly<Record<string, unknown>>;
}

export function makeListActivity(ports: { readonly activityLog: ActivityLog }) {
  return async (principal: Principal, month: string, page: PageRequest): Promise<Page<ActivityView>> => {
    if (!principal.roles.includes('admin')) throw new ForbiddenError('ROLE_NOT_ALLOWED');
    const found = await ports.activityLog.listMonth(month, page);
    const items = found.items.map((entry): ActivityView => {
      if (entry.kind === 'nomination') {
        const e = toTimelineEntry(entry.event);
        return {
          at: e.at,
          kind: 'nomination',
          entity: 'nomination',
          entityId: entry.event.nominationId,
          action: e.action,
          actor: e.actor,
          ...(e.reason ? { reason: e.reason } : {}),
          from: e.from,
          to: e.to,
          ...(e.data ? { details: e.data } : {}),
        };
      }
      const c = entry.change;
      return {
        at: c.at,
        kind: 'registry',
        entity: c.entity,
        entityId: c.entityId,
        action: c.action,
        actor: c.actor,
        ...(c.reason ? { reason: c.reason } : {}),
        details: { ...(c.before ? { before: c.before } : {}), after: c.after },
      };
    });
    return { items, ...(found.cursor === undefined ? {} : { cursor: found.cursor }) };
  };
}
