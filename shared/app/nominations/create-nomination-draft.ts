import type { NominationDraft } from '../../domain/forms';
import { auditActor } from '../audit/audit-actor';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { resolveDraftContext } from './draft-context';
import { nomineeSummary } from './draft-form';
import { assessEligibility, type EligibilityView, toEligibilityView } from './eligibility';
import { type NominationView, toView } from './present';
import { quotaStandingOf } from './quota';

export interface DraftAnswer {
  readonly nomination: NominationView;
  /** Judged now by the rules in force today, with the legal citation of every rule. */
  readonly eligibility: EligibilityView;
}

/**
 * Creates a nomination draft in the caller's unit (state `draft`, version 1, audit event #1
 * `create`) and answers it with its eligibility results. The unit and organisation come from the
 * caller's token; the body cannot name them.
 */
export function makeCreateNominationDraft(
  ports: Pick<
    AppPorts,
    'nominations' | 'persons' | 'campaigns' | 'organisations' | 'clock' | 'ids' | 'ruleOverrides'
  >,
) {
  return async (
    principal: Principal,
    input: NominationDraft,
    /** Records the draft starts with, set by the server (the unit's list), never by the form. */
    records?: Readonly<Record<string, unknown>>,
  ): Promise<DraftAnswer> => {
    const { organisationId, unitId, draft } = await resolveDraftContext(ports, principal, input);
    const id = ports.ids.next();
    // Read before the change, not after: a draft holds no place, so its creation leaves the
    // quota as it is, and the change stays the request's last word (one write with its record).
    const [report, quota] = await Promise.all([
      assessEligibility(ports, { id, unitId, draft }),
      quotaStandingOf(ports, {
        organisationId,
        unitId,
        year: draft.year,
        awardCode: draft.awardCode,
        state: 'draft',
      }),
    ]);
    const nomination = await ports.nominations.create({
      id,
      state: 'draft',
      organisationId,
      unitId,
      ...(draft.campaignId === undefined ? {} : { campaignId: draft.campaignId }),
      awardCode: draft.awardCode,
      subject: draft.subject,
      track: draft.track,
      year: draft.year,
      nominee: nomineeSummary(draft),
      form: draft,
      ...(records ? { records } : {}),
      event: { action: 'create', actor: auditActor(principal, 'unit_officer') },
    });
    return { nomination: toView(nomination), eligibility: toEligibilityView(report, quota) };
  };
}
