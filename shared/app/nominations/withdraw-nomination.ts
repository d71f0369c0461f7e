import { loadVisibleNomination } from '../access';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { runTransition } from '../run-transition';
import { releaseHeld } from './held-extras';
import { type NominationView, toView } from './present';

/**
 * The unit takes its proposal back before a decision, with a reason (audited, notified). The
 * initiatives it claimed and its quota place are given back in the same transaction.
 */
export function makeWithdrawNomination(ports: Pick<AppPorts, 'nominations' | 'clock' | 'ruleOverrides'>) {
  return async (
    principal: Principal,
    id: string,
    reason: string,
    expectedVersion?: number,
  ): Promise<NominationView> => {
    const current = await loadVisibleNomination(ports.nominations, principal, id);
    // A draft holds nothing yet; anything later held what its submission took.
    const extras = current.state === 'draft' ? [] : releaseHeld(current);
    const { nomination } = await runTransition(ports, {
      principal,
      nominationId: id,
      action: 'withdraw',
      facts: { reason, ...(expectedVersion === undefined ? {} : { expectedVersion }) },
      extras,
      judged: current,
    });
    return toView(nomination);
  };
}
