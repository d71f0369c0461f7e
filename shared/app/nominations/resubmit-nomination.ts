import type { DossierItem } from '../../domain/forms';
import { loadVisibleNomination } from '../access';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { runTransition } from '../run-transition';
import { draftOf } from './draft-form';
import { type NominationView, toView } from './present';

export interface ResubmitInput {
  /** The whole dossier as it now stands (what was there plus what the secretariat asked for). */
  readonly dossier: readonly DossierItem[];
  readonly note?: string;
}

/**
 * Sends a returned nomination back to the secretariat with its completed dossier. The event
 * records which documents were added or replaced, so the timeline shows what answered the return.
 */
export function makeResubmitNomination(ports: Pick<AppPorts, 'nominations' | 'clock' | 'ruleOverrides'>) {
  return async (
    principal: Principal,
    id: string,
    input: ResubmitInput,
    expectedVersion?: number,
  ): Promise<NominationView> => {
    const current = await loadVisibleNomination(ports.nominations, principal, id);
    const draft = draftOf(current);
    const before = new Set(draft.dossier.map((item) => item.fileRef));
    const added = input.dossier
      .filter((item) => !before.has(item.fileRef))
      .map((item) => ({
        kind: item.kind,
        fileRef: item.fileRef,
        title: item.title,
      }));
    const { nomination } = await runTransition(ports, {
      principal,
      nominationId: id,
      action: 'resubmit',
      facts: {
        ...(input.note === undefined ? {} : { reason: input.note }),
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
      },
      eventData: { dossierAdded: added },
      changes: { form: { ...draft, dossier: [...input.dossier] } },
      judged: current,
    });
    return toView(nomination);
  };
}
