import { provinceCouncilRequired } from '../../domain/rules/province-council';
import { type Action, allowedActions } from '../../domain/workflow';
import { loadVisibleNomination } from '../access';
import { actorOf } from '../actor';
import { readAuditTrail } from '../audit/read-audit-trail';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { ruleSetToday } from '../rule-set';
import { toWorkflow } from '../run-transition';
import { draftOf } from './draft-form';
import { assessEligibility, type EligibilityView, toEligibilityView } from './eligibility';
import { type NominationView, type TimelineEntry, toTimelineEntry, toView } from './present';
import { quotaStandingOf } from './quota';

/** Before the council has voted, eligibility is still a live question worth showing. */
const JUDGED_STATES = new Set(['draft', 'submitted', 'returned', 'accepted']);

export interface NominationDetail {
  /** With the actions the caller may take on it now (the workflow table, role and ownership). */
  readonly nomination: NominationView & { readonly allowedActions: readonly Action[] };
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
    const award = ruleSetToday(ports).awards[nomination.awardCode];
    const actions = allowedActions(toWorkflow(nomination), {
      actor: actorOf(principal),
      at: ports.clock.now().toISOString(),
      authority: award.authority,
      provinceCouncilRequired: provinceCouncilRequired(award),
    });
    return {
      nomination: { ...toView(nomination), allowedActions: actions },
      ...(eligibility ? { eligibility } : {}),
      timeline: events.map(toTimelineEntry),
    };
  };
}
