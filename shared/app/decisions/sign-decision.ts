import { ForbiddenError } from '../../domain/errors';
import type { Principal } from '../principal';
import { awardEntryOf } from './award-entry';
import { type EnteredDetails, type IssuePorts, issueDocument } from './issue-document';
import { documentView } from './view';

export interface SignDecisionInput extends EnteredDetails {
  readonly nominationIds: readonly string[];
  readonly summary?: string;
}

/**
 * The Giám đốc Sở (`decide`, `…/QĐ-<Sở>`) or the Chủ tịch UBND tỉnh (`province_decide`,
 * `…/QĐ-UBND`) signs ONE decision for many nominations, all or nothing. Each awardee's award is
 * added to their history with the decision's id and number in the same transaction as the
 * decision, which is `issued` at once (a crash cannot leave a decision without its awards).
 * The number, date and signer may be entered from the signed paper; else the system numbers it
 * (the issuer's next free number of the year), dates it today and records the caller.
 */
/** The entered details of a request body, without the keys it left out. */
export const enteredOf = (input: EnteredDetails): EnteredDetails => ({
  ...(input.number === undefined ? {} : { number: input.number }),
  ...(input.signedOn === undefined ? {} : { signedOn: input.signedOn }),
  ...(input.signer === undefined ? {} : { signer: input.signer }),
});

export function makeSignDecision(ports: IssuePorts) {
  return async (principal: Principal, input: SignDecisionInput) => {
    const byDirector = principal.roles.includes('director');
    if (!byDirector && !principal.roles.includes('province_leader'))
      throw new ForbiddenError('ROLE_NOT_ALLOWED');
    const { document } = await issueDocument(ports, {
      principal,
      kind: 'decision',
      series: 'QD',
      action: byDirector ? 'decide' : 'province_decide',
      nominationIds: input.nominationIds,
      entered: enteredOf(input),
      summary: input.summary ?? 'Về việc tặng danh hiệu thi đua và hình thức khen thưởng',
      facts: () => ({}),
      extras: () => (nomination, ref, at) => {
        const entry = awardEntryOf(nomination, ref, at);
        return entry ? [{ kind: 'award', entry }] : [];
      },
    });
    return documentView(document);
  };
}
