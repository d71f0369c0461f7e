import type { Nomination, TransitionExtra } from '../../store';
import { claimedInitiatives, draftOf } from './draft-form';
import { releasePlace } from './quota';

/** What a submission took, recorded on the nomination (`records.held`) so that exactly it is given back. */
export interface HeldByNomination {
  readonly initiatives: readonly string[];
  readonly quotaPlace: boolean;
}

/** The `records` a submission writes: the initiatives it counted and whether it took a quota place. */
export const heldRecord = (held: HeldByNomination) => ({ held });

function recordedHeld(nomination: Nomination): HeldByNomination | undefined {
  const held = nomination.records?.held as Partial<HeldByNomination> | undefined;
  if (!held || typeof held !== 'object') return undefined;
  return {
    initiatives: Array.isArray(held.initiatives) ? held.initiatives.filter((i) => typeof i === 'string') : [],
    quotaPlace: held.quotaPlace === true,
  };
}

/**
 * What a submitted nomination holds (its initiatives in the registry, its quota place) as the
 * extras that give them back, in the transaction of every exit from the race before a decision:
 * withdrawal, a council's `record_fail`, the province's `record_province_fail` and
 * `province_reject`. A revocation gives nothing back (docs/workflow.md).
 *
 * The submission records what it took (`records.held`), and exactly that is released: the
 * store's guards refuse to give back what was never taken, so guessing would fail the whole
 * transaction. A nomination submitted before that record existed falls back to its form.
 */
export function releaseHeld(nomination: Nomination): TransitionExtra[] {
  const held = recordedHeld(nomination);
  const initiatives = held ? held.initiatives : claimedInitiatives(draftOf(nomination));
  const place = held ? (held.quotaPlace ? releasePlace(nomination) : []) : releasePlace(nomination);
  return [
    ...initiatives.map((initiativeId): TransitionExtra => ({ kind: 'initiative-release', initiativeId })),
    ...place,
  ];
}
