import type { InitiativeClaim, NominationDraft } from '../../domain/forms';
import type { Nomination, NomineeSummary } from '../../store';

/**
 * The stored form of a nomination is the draft as `NominationDraftSchema` parsed it (validated,
 * NFC-normalised); the store keeps it opaque, the app reads it back with this type.
 */
export const draftOf = (nomination: Pick<Nomination, 'form'>): NominationDraft =>
  nomination.form as unknown as NominationDraft;

/**
 * How an initiative is known to the registry: its registry id when the unit gave one, else the
 * number of the decision that recognised it (the form already refuses one number twice per draft).
 */
export const initiativeKey = (claim: Pick<InitiativeClaim, 'initiativeId' | 'recognitionNumber'>): string =>
  claim.initiativeId ?? claim.recognitionNumber;

/** The initiatives a nomination counts toward itself once submitted. */
export const claimedInitiatives = (draft: NominationDraft): string[] => [
  ...new Set(draft.initiatives.map(initiativeKey)),
];

/** Public fields of the nominee (name, position): what lists and work queues show. */
export function nomineeSummary(draft: NominationDraft): NomineeSummary {
  const { nominee } = draft;
  return nominee.subject === 'person'
    ? { name: nominee.fullName, position: nominee.position }
    : { name: nominee.name };
}
