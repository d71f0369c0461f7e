import type { DecisionRef } from '../../domain/workflow';
import type { AwardEntry, Nomination } from '../../store';
import { awardHolderOf } from './nominee';

/**
 * The award a decision grants a nomination's holder, as its history entry (keyed by the decision
 * id, so the next prerequisite check — "3 consecutive CSTĐCS" — sees it). Written in the same
 * transaction as the decision (`TransitionExtra` `award`). A person nominated without a person
 * record has no history to add to; the decision still lists them.
 */
export function awardEntryOf(
  nomination: Nomination,
  ref: DecisionRef,
  decidedAt: string,
): AwardEntry | undefined {
  const holder = awardHolderOf(nomination);
  if (!holder) return undefined;
  return {
    holder,
    year: nomination.year,
    awardCode: nomination.awardCode,
    track: nomination.track,
    unitId: holder.kind === 'unit' ? holder.id : nomination.unitId,
    entryId: ref.decisionId,
    decisionId: ref.decisionId,
    decisionNumber: ref.number,
    decidedAt,
    nominationId: nomination.id,
  };
}
