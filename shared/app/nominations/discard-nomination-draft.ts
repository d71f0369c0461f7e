import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { runTransition } from '../run-transition';
import { type NominationView, toView } from './present';

/** Discards a draft (it moves to `withdrawn`; nothing is deleted, the trail stays). */
export function makeDiscardNominationDraft(ports: Pick<AppPorts, 'nominations' | 'clock' | 'ruleOverrides'>) {
  return async (principal: Principal, id: string, expectedVersion?: number): Promise<NominationView> => {
    const { nomination } = await runTransition(ports, {
      principal,
      nominationId: id,
      action: 'discard',
      facts: expectedVersion === undefined ? {} : { expectedVersion },
    });
    return toView(nomination);
  };
}
