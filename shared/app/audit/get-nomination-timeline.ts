import { loadVisibleNomination } from '../access';
import { type TimelineEntry, toTimelineEntry } from '../nominations/present';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { readAuditTrail } from './read-audit-trail';

/** A nomination's full timeline, oldest first, for whoever may see the nomination. */
export function makeGetNominationTimeline(ports: Pick<AppPorts, 'nominations'>) {
  return async (
    principal: Principal,
    id: string,
  ): Promise<{ nominationId: string; events: readonly TimelineEntry[] }> => {
    await loadVisibleNomination(ports.nominations, principal, id);
    const events = await readAuditTrail(ports.nominations, id);
    return { nominationId: id, events: events.map(toTimelineEntry) };
  };
}
