import type { AwardHolder, Nomination, TransitionExtra } from '../../store';
import { claimedInitiatives, draftOf, nomineeHolder } from './draft-form';
import { releasePlace } from './quota';

/** The nominee marked as nominated for an award and year (the `nominee-claim` extra). */
export interface NomineeClaim {
  readonly holder: AwardHolder;
  readonly awardCode: string;
  readonly year: number;
}

/** What a submission took, recorded on the nomination (`records.held`) so that exactly it is given back. */
export interface HeldByNomination {
  readonly initiatives: readonly string[];
  readonly quotaPlace: boolean;
  /** Absent when nothing was claimed (another track, an unlisted person, or submitted before claims). */
  readonly nominee?: NomineeClaim;
}

/**
 * The claim a submission takes on its nominee: annual-track nominations only (a campaign or
 * ad-hoc feat may be rewarded beside the year's title). A person not in the directory has no id
 * to key the claim by, so an unlisted person is not checked (the secretariat's review is).
 */
export function nomineeClaimOf(nomination: Nomination): NomineeClaim | undefined {
  if (nomination.track !== 'annual') return undefined;
  const holder = nomineeHolder(draftOf(nomination), nomination.unitId);
  return holder ? { holder, awardCode: nomination.awardCode, year: nomination.year } : undefined;
}

function recordedClaim(value: unknown): NomineeClaim | undefined {
  const claim = value as Partial<NomineeClaim> | undefined;
  if (!claim || typeof claim !== 'object' || !claim.holder) return undefined;
  const { holder, awardCode, year } = claim;
  if ((holder.kind !== 'person' && holder.kind !== 'unit') || typeof holder.id !== 'string') return undefined;
  if (typeof awardCode !== 'string' || typeof year !== 'number') return undefined;
  return { holder: { kind: holder.kind, id: holder.id }, awardCode, year };
}

/** The `records` a submission writes: the initiatives it counted and whether it took a quota place. */
export const heldRecord = (held: HeldByNomination) => ({ held });

function recordedHeld(nomination: Nomination): HeldByNomination | undefined {
  const held = nomination.records?.held as Partial<HeldByNomination> | undefined;
  if (!held || typeof held !== 'object') return undefined;
  return {
    initiatives: Array.isArray(held.initiatives) ? held.initiatives.filter((i) => typeof i === 'string') : [],
    quotaPlace: held.quotaPlace === true,
    ...(recordedClaim(held.nominee) ? { nominee: recordedClaim(held.nominee) as NomineeClaim } : {}),
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
 * transaction. A nomination submitted before that record existed falls back to its form (and
 * claimed no nominee, so none is released).
 */
export function releaseHeld(nomination: Nomination): TransitionExtra[] {
  const held = recordedHeld(nomination);
  const initiatives = held ? held.initiatives : claimedInitiatives(draftOf(nomination));
  const place = held ? (held.quotaPlace ? releasePlace(nomination) : []) : releasePlace(nomination);
  return [
    ...initiatives.map((initiativeId): TransitionExtra => ({ kind: 'initiative-release', initiativeId })),
    ...place,
    ...(held?.nominee ? [{ kind: 'nominee-release', ...held.nominee } satisfies TransitionExtra] : []),
  ];
}
