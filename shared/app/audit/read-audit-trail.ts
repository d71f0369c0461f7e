import type { AuditEvent, NominationRepository } from '../../store';

/** Every event of a nomination's trail, page after page, in sequence order. */
export async function readAuditTrail(
  nominations: Pick<NominationRepository, 'listAuditEvents'>,
  id: string,
): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await nominations.listAuditEvents(id, { limit: 100, ...(cursor ? { cursor } : {}) });
    events.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return events;
}
