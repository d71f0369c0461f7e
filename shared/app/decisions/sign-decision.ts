import { ForbiddenError } from '../../domain/errors';
import type { Principal } from '../../http/principal';
import type { AppPorts } from '../ports';
import { type IssuePorts, issueDocument } from './issue-document';
import { recordAwards } from './record-awards';
import { documentView } from './view';

export interface SignDecisionInput {
  readonly nominationIds: readonly string[];
  readonly summary?: string;
}

/**
 * The Giám đốc Sở (`decide`, `…/QĐ-<Sở>`) or the Chủ tịch UBND tỉnh (`province_decide`,
 * `…/QĐ-UBND`) signs ONE decision for many nominations, all or nothing. Each awardee's award is
 * then added to their history with the decision's id and number, and the decision is `issued`.
 */
export function makeSignDecision(ports: IssuePorts & Pick<AppPorts, 'persons'>) {
  return async (principal: Principal, input: SignDecisionInput) => {
    const byDirector = principal.roles.includes('director');
    if (!byDirector && !principal.roles.includes('province_leader'))
      throw new ForbiddenError('ROLE_NOT_ALLOWED');
    const { document, nominations } = await issueDocument(ports, {
      principal,
      kind: 'decision',
      series: 'QD',
      action: byDirector ? 'decide' : 'province_decide',
      nominationIds: input.nominationIds,
      summary: input.summary ?? 'Về việc tặng danh hiệu thi đua và hình thức khen thưởng',
      facts: () => ({}),
    });
    await recordAwards(ports.persons, document, nominations, document.createdAt);
    await ports.documents.markIssued(document.id);
    return documentView({ ...document, status: 'issued' });
  };
}
