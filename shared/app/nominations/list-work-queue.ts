import { ForbiddenError } from '../../domain/errors';
import type { NominationState } from '../../domain/workflow';
import type { PageRequest } from '../../store';
import { canSeeNomination } from '../access';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import type { NominationPage } from './list-unit-nominations';
import { toSummary } from './present';

/** The states each desk works on; the first is what it sees by default. */
export const WORK_QUEUES = {
  secretariat: ['submitted', 'returned', 'accepted', 'province_returned'],
  council: ['in_council', 'accepted', 'council_passed', 'council_failed'],
  province: [
    'forwarded',
    'province_review',
    'province_returned',
    'in_province_council',
    'province_approved',
    'province_rejected',
    'decided_by_province',
    'forwarded_to_central',
  ],
} as const satisfies Record<string, readonly NominationState[]>;
export type WorkQueue = keyof typeof WORK_QUEUES;

/**
 * A desk's work queue, longest waiting first: the Sở's secretariat and council see their own
 * organisation's nominations in a state; the province sees one Sở's nominations at a time, and
 * only those the Sở forwarded (a tờ trình is recorded on them).
 */
export function makeListWorkQueue(ports: Pick<AppPorts, 'nominations'>, queue: WorkQueue) {
  return async (
    principal: Principal,
    input: { readonly state?: string; readonly organisationId?: string },
    page: PageRequest,
  ): Promise<NominationPage> => {
    const organisationId = queue === 'province' ? input.organisationId : principal.orgId;
    if (!organisationId) {
      throw new ForbiddenError('NO_ORGANISATION', 'Tài khoản của bạn chưa được gắn với cơ quan nào.');
    }
    const state = input.state ?? WORK_QUEUES[queue][0];
    const result = await ports.nominations.listHeadsByOrgAndState(organisationId, state, page);
    return {
      items: result.items.filter((n) => canSeeNomination(principal, n)).map(toSummary),
      ...(result.cursor === undefined ? {} : { cursor: result.cursor }),
    };
  };
}
