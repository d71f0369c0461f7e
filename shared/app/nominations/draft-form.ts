import type { InitiativeClaim, NominationDraft } from '../../domain/forms';
import type { AwardHolder, Nomination, NomineeSummary } from '../../store';

/**
 * The stored form of a nomination is the draft as `NominationDraftSchema` parsed it (validated,
 * NFC-normalised); the store keeps it opaque, the app reads it back with this type. A nomination
 * written by other means (a seed, an import) may lack parts of it: the nomination's own fields and
 * empty lists fill in, so reading it never fails.
 */
export function draftOf(
  nomination: Pick<Nomination, 'form' | 'awardCode' | 'subject' | 'track' | 'year' | 'nominee'>,
): NominationDraft {
  const form = nomination.form as Partial<NominationDraft>;
  const nominee: NominationDraft['nominee'] =
    form.nominee ??
    (nomination.subject === 'person'
      ? {
          subject: 'person',
          fullName: nomination.nominee.name,
          position: nomination.nominee.position ?? '',
          unitName: '',
          holdsLeadershipPost: false,
        }
      : { subject: 'collective', name: nomination.nominee.name, parentUnitName: '', memberCount: 1 });
  return {
    ...form,
    subject: form.subject ?? nomination.subject,
    awardCode: form.awardCode ?? nomination.awardCode,
    track: form.track ?? nomination.track,
    year: form.year ?? nomination.year,
    nominee,
    dossier: Array.isArray(form.dossier) ? form.dossier : [],
    initiatives: Array.isArray(form.initiatives) ? form.initiatives : [],
  };
}

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

/**
 * Who would hold the award: the person the form names by directory id, or the collective (its
 * unit id, else the nominating unit). A person not in the directory has no id, so `undefined`.
 */
export function nomineeHolder(draft: NominationDraft, unitId: string): AwardHolder | undefined {
  if (draft.nominee.subject === 'person') {
    return draft.nominee.personId ? { kind: 'person', id: draft.nominee.personId } : undefined;
  }
  return { kind: 'unit', id: draft.nominee.unitId ?? unitId };
}
