import { ConflictError } from '../../domain/errors';
import type { IssuedDocument, Nomination, PersonRepository } from '../../store';
import { awardHolderOf } from './nominee';

/**
 * Adds the award of every decided nomination to its holder's history, so the next prerequisite
 * check ("3 consecutive CSTĐCS") sees it. Keyed by the decision id, so running it again (a retry,
 * a resumed batch) adds nothing twice. A person nominated without a person record has no history
 * to add to; the decision still lists them.
 */
export async function recordAwards(
  persons: Pick<PersonRepository, 'recordAward'>,
  document: IssuedDocument,
  nominations: readonly Nomination[],
  decidedAt: string,
): Promise<void> {
  for (const n of nominations) {
    const holder = awardHolderOf(n);
    if (!holder) continue;
    try {
      await persons.recordAward({
        holder,
        year: n.year,
        awardCode: n.awardCode,
        track: n.track,
        unitId: holder.kind === 'unit' ? holder.id : n.unitId,
        entryId: document.id,
        decisionId: document.id,
        decisionNumber: document.number,
        decidedAt,
        nominationId: n.id,
      });
    } catch (error) {
      if (!(error instanceof ConflictError && error.code === 'ALREADY_EXISTS')) throw error;
    }
  }
}
