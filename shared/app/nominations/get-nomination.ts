import { loadVisibleNomination } from '../access';
import { readAuditTrail } from '../audit/read-audit-trail';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { draftOf } from './draft-form';
import { assessEligibility, type EligibilityView, toEligibilityView } from './eligibility';
import { type NominationView, type TimelineEntry, toTimelineEntry, toView } from './present';
import { quotaStandingOf } from './quota';

/** Before the council has voted, eligibility is still a live question worth showing. */
const JUDGED_STATES = new Set(['draft', 'submitted', 'returned', 'accepted']);

export interface NominationDetail {
  readonly nomination: NominationView;
  readonly eligibility?: EligibilityView;
  /** Every audit event, oldest first: who did what, when, and why. */
  readonly timeline: readonly TimelineEntry[];
}

/** Reads one nomination with its full timeline (and, until the council votes, its eligibility). */
export function makeGetNomination(
  ports: Pick<AppPorts, 'nominations' | 'persons' | 'clock' | 'ruleOverrides'>,
) {
  return async (principal: Principal, id: string): Promise<NominationDetail> => {
    const nomination = await loadVisibleNomination(ports.nominations, principal, id);
    const events = await readAuditTrail(ports.nominations, id);
    const eligibility = JUDGED_STATES.has(nomination.state)
      ? toEligibilityView(
          await assessEligibility(ports, { id, unitId: nomination.unitId, draft: draftOf(nomination) }),
          await quotaStandingOf(ports, nomination),
        )
      : undefined;
    return {
      nomination: toView(nomination),
      ...(eligibility ? { eligibility } : {}),
      timeline: events.map(toTimelineEntry),
    };
  };
}
