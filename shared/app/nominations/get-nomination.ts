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
    // The timeline is read beside the nomination (one round trip of latency, not two); it is
    // answered only once the caller is known to see the nomination.
    const trail = readAuditTrail(ports.nominations, id);
    trail.catch(() => undefined);
    const nomination = await loadVisibleNomination(ports.nominations, principal, id);
    // Its eligibility and quota standing (until the council votes) are read beside the timeline.
    const judged = JUDGED_STATES.has(nomination.state);
    const [read, report, standing] = await Promise.all([
      trail,
      judged
        ? assessEligibility(ports, { id, unitId: nomination.unitId, draft: draftOf(nomination) })
        : undefined,
      judged ? quotaStandingOf(ports, nomination) : undefined,
    ]);
    // A change that landed between the two reads: the timeline is read again, up to the state shown.
    const events =
      (read.at(-1)?.seq ?? 0) < nomination.lastEventSeq ? await readAuditTrail(ports.nominations, id) : read;
    const eligibility = report ? toEligibilityView(report, standing) : undefined;
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
