import { ConflictError, RuleRefusedError } from '../../domain/errors';
import type { TransitionExtra } from '../../store';
import { loadVisibleNomination } from '../access';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { runTransition, type TransitionFacts } from '../run-transition';
import { assertOpenForNominations, deadlineOf } from './draft-context';
import { claimedInitiatives, draftOf } from './draft-form';
import { assessEligibility, ruleCheckOf } from './eligibility';
import { heldRecord, nomineeClaimOf } from './held-extras';
import { type NominationView, toView } from './present';
import { planQuota, type QuotaPlan, quotaRefusal, takePlace } from './quota';

type Ports = Pick<AppPorts, 'nominations' | 'persons' | 'campaigns' | 'clock' | 'ruleOverrides'>;

/**
 * Submits a draft to the Sở's secretariat. Re-checks eligibility (a failed rule is a 422 naming
 * each rule and its citation) and, in the same transaction as the state change, counts every
 * claimed initiative toward this nomination (`INITIATIVE_ALREADY_USED` 409 when another holds
 * one) and takes a place of the unit's quota for capped awards (refused as a 422 naming the
 * quota rule). An annual-track nomination also claims its nominee for the award and year: a
 * second one of the same person (or collective) is `NOMINEE_ALREADY_NOMINATED` (409, naming the
 * other nomination). The campaign's deadline is the workflow's guard.
 */
export function makeSubmitNomination(ports: Ports) {
  return async (principal: Principal, id: string, expectedVersion?: number): Promise<NominationView> => {
    const current = await loadVisibleNomination(ports.nominations, principal, id);
    let facts: TransitionFacts = expectedVersion === undefined ? {} : { expectedVersion };
    let extras: TransitionExtra[] = [];
    let eventData: Record<string, unknown> = {};
    let records: Record<string, unknown> | undefined;
    let plan: QuotaPlan | undefined;
    // Rules are judged only for a draft the caller may submit: anyone else gets the workflow's
    // own refusal (403, 409) and learns nothing about the rules.
    const submittable =
      current.state === 'draft' &&
      current.unitId === principal.unitId &&
      (expectedVersion === undefined || expectedVersion === current.version);
    if (submittable) {
      const draft = draftOf(current);
      const campaign = current.campaignId ? await ports.campaigns.get(current.campaignId) : undefined;
      // A campaign still a draft when this nomination was drafted has not opened since (the
      // deadline itself is the workflow's guard, so its refusal stays the workflow's).
      if (campaign) assertOpenForNominations(campaign, undefined);
      const deadline = deadlineOf(campaign);
      const report = await assessEligibility(ports, { id, unitId: current.unitId, draft });
      const ruleCheck = ruleCheckOf(report, 'submit');
      if (!ruleCheck.passed) {
        throw new RuleRefusedError(ruleCheck.refusals, 'Đề nghị chưa đáp ứng điều kiện khen thưởng.');
      }
      plan = await planQuota(ports, current);
      const initiatives = claimedInitiatives(draft);
      // Unlisted persons (no personId) are not claimed: nothing stable to key them by.
      const nominee = nomineeClaimOf(current);
      facts = { ...facts, ruleCheck, ...(deadline ? { nominationDeadline: deadline } : {}) };
      extras = [
        ...initiatives.map((initiativeId): TransitionExtra => ({ kind: 'initiative-use', initiativeId })),
        ...(plan ? [takePlace(current, plan)] : []),
        ...(nominee ? [{ kind: 'nominee-claim', ...nominee } satisfies TransitionExtra] : []),
      ];
      records = heldRecord({ initiatives, quotaPlace: plan !== undefined, ...(nominee ? { nominee } : {}) });
      eventData = {
        eligibility: { verdict: report.verdict, ruleSetId: report.ruleSetId },
        ...(initiatives.length > 0 ? { initiatives } : {}),
        ...(plan ? { quota: { ruleId: plan.ruleId, baseCount: plan.baseCount, allowed: plan.allowed } } : {}),
      };
    }
    try {
      const { nomination } = await runTransition(ports, {
        principal,
        nominationId: id,
        action: 'submit',
        facts,
        extras,
        eventData,
        ...(records ? { records } : {}),
        // The version whose rules, quota and initiatives were judged above is the version written.
        judged: current,
      });
      return toView(nomination);
    } catch (error) {
      if (plan && error instanceof ConflictError && error.code === 'QUOTA_EXHAUSTED') {
        throw quotaRefusal(plan, current.year, error.details?.used);
      }
      throw error;
    }
  };
}
