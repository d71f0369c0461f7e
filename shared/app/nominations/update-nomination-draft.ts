import { ConflictError, ForbiddenError } from '../../domain/errors';
import type { NominationDraft } from '../../domain/forms';
import { canonicalJson } from '../../store';
import { loadVisibleNomination } from '../access';
import { auditActor } from '../audit/audit-actor';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import type { DraftAnswer } from './create-nomination-draft';
import { resolveDraftContext } from './draft-context';
import { draftOf, nomineeSummary } from './draft-form';
import { assessEligibility, toEligibilityView } from './eligibility';
import { toView } from './present';
import { quotaStandingOf } from './quota';

/** Top-level fields of the form whose value differs, for the audit event ("what changed"). */
function changedFields(before: NominationDraft, after: NominationDraft): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter(
      (key) =>
        canonicalJson((before as Record<string, unknown>)[key] ?? null) !==
        canonicalJson((after as Record<string, unknown>)[key] ?? null),
    )
    .sort();
}

/**
 * Replaces a draft's form, as an audited `edit` (`draft → draft`, version + 1) under the version
 * the caller read. The workflow table has no edit row, so the rule is here: only the owning unit,
 * only while the nomination is a draft. Answers with fresh eligibility results.
 */
export function makeUpdateNominationDraft(
  ports: Pick<
    AppPorts,
    'nominations' | 'persons' | 'campaigns' | 'organisations' | 'clock' | 'ruleOverrides'
  >,
) {
  return async (
    principal: Principal,
    id: string,
    input: NominationDraft,
    expectedVersion?: number,
  ): Promise<DraftAnswer> => {
    const current = await loadVisibleNomination(ports.nominations, principal, id);
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new ConflictError(
        'NOMINATION_VERSION_CONFLICT',
        'Đề nghị vừa được người khác cập nhật; hãy tải lại.',
        { expected: expectedVersion, actual: current.version },
      );
    }
    if (current.unitId !== principal.unitId) {
      throw new ForbiddenError('WORKFLOW_NOT_OWNER', 'Đề nghị này không thuộc đơn vị của bạn.');
    }
    if (current.state !== 'draft') {
      throw new ConflictError('NOMINATION_NOT_DRAFT', 'Chỉ sửa được đề nghị đang soạn.', {
        state: current.state,
      });
    }
    const { draft } = await resolveDraftContext(ports, principal, input);
    // Read before the change (a draft holds no place, so editing it leaves the quota as it is):
    // the change stays the request's last word, one write with its idempotency record.
    const [report, quota] = await Promise.all([
      assessEligibility(ports, { id, unitId: current.unitId, draft }),
      quotaStandingOf(ports, {
        organisationId: current.organisationId,
        unitId: current.unitId,
        year: draft.year,
        awardCode: draft.awardCode,
        state: 'draft',
      }),
    ]);
    const { nomination } = await ports.nominations.transition({
      id,
      expectedVersion: current.version,
      from: 'draft',
      to: 'draft',
      event: {
        action: 'edit',
        actor: auditActor(principal, 'unit_officer'),
        data: { changed: changedFields(draftOf(current), draft), notify: [] },
      },
      changes: {
        form: draft,
        nominee: nomineeSummary(draft),
        awardCode: draft.awardCode,
        subject: draft.subject,
        track: draft.track,
        year: draft.year,
        ...(draft.campaignId !== undefined
          ? { campaignId: draft.campaignId }
          : current.campaignId !== undefined
            ? { leaveCampaign: true as const }
            : {}),
      },
      // Read above to check it: the store need not read it again.
      current,
    });
    return { nomination: toView(nomination), eligibility: toEligibilityView(report, quota) };
  };
}
