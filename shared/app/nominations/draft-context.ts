import { ConflictError, type FieldIssue, ForbiddenError, ValidationError } from '../../domain/errors';
import type { NominationDraft } from '../../domain/forms';
import { vietnamDate } from '../../domain/workflow/guards';
import type { Campaign } from '../../store';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';

type Ports = Pick<AppPorts, 'persons' | 'campaigns' | 'organisations'> & Partial<Pick<AppPorts, 'clock'>>;

/**
 * A unit proposes only against a launched campaign (published: its plan is issued) whose
 * nomination deadline (Vietnam date) has not passed. A draft campaign is the Sở's work in progress.
 */
export function assertOpenForNominations(campaign: Campaign, now: Date | undefined): void {
  const status = (campaign as { status?: string }).status;
  // Stored campaigns always carry a status; one without (written before statuses) was published.
  if (status !== undefined && status !== 'published') {
    throw new ConflictError(
      'CAMPAIGN_NOT_PUBLISHED',
      'Phong trào thi đua chưa được phát động; chưa thể đề nghị khen thưởng theo phong trào này.',
      { campaignId: campaign.id },
    );
  }
  const deadline = deadlineOf(campaign);
  if (now !== undefined && deadline !== undefined && vietnamDate(now.toISOString()) > deadline) {
    throw new ConflictError(
      'NOMINATION_DEADLINE_PASSED',
      'Đã quá hạn gửi đề nghị khen thưởng của phong trào.',
      {
        campaignId: campaign.id,
        deadline,
      },
    );
  }
}

/** Where a draft belongs (from the caller's token, never the body) and what it refers to. */
export interface DraftContext {
  readonly organisationId: string;
  readonly unitId: string;
  readonly campaign?: Campaign;
  /** The draft as stored: the nominee's unit is the caller's unit. */
  readonly draft: NominationDraft;
}

const issue = (path: string, code: string, message: string): FieldIssue => ({
  path: `body.${path}`,
  code,
  message,
});

/** The caller's unit, or 403: only a unit officer with a unit may draft. */
export function callerUnit(principal: Principal): { organisationId: string; unitId: string } {
  if (!principal.orgId || !principal.unitId) {
    throw new ForbiddenError('NO_UNIT', 'Tài khoản của bạn chưa được gắn với đơn vị nào.');
  }
  return { organisationId: principal.orgId, unitId: principal.unitId };
}

async function campaignVisible(ports: Ports, campaign: Campaign, organisationId: string): Promise<boolean> {
  if (campaign.organisationId === organisationId) return true;
  // The province's own campaigns (UBND tỉnh) address every Sở and its units.
  const issuer = await ports.organisations.getOrganisation(campaign.organisationId);
  return (issuer as { level?: string } | undefined)?.level === 'province';
}

/**
 * Checks a draft's references against the caller: the nominee must be of the caller's unit (a
 * person of another unit or another unit's id is refused as a field error, not silently moved),
 * and the campaign must be one the caller's organisation takes part in, with the award in scope,
 * published and still open (409 `CAMPAIGN_NOT_PUBLISHED`, `NOMINATION_DEADLINE_PASSED`).
 */
export async function resolveDraftContext(
  ports: Ports,
  principal: Principal,
  draft: NominationDraft,
): Promise<DraftContext> {
  const { organisationId, unitId } = callerUnit(principal);
  const issues: FieldIssue[] = [];
  const { nominee } = draft;
  if (nominee.unitId !== undefined && nominee.unitId !== unitId) {
    issues.push(issue('nominee.unitId', 'other_unit', 'Chỉ đề nghị khen thưởng cho đơn vị của mình.'));
  }
  if (nominee.subject === 'person' && nominee.personId !== undefined) {
    const person = await ports.persons.get(nominee.personId);
    if (!person || person.unitId !== unitId) {
      issues.push(
        issue('nominee.personId', 'unknown_person', 'Không tìm thấy cán bộ này trong đơn vị của bạn.'),
      );
    }
  }
  let campaign: Campaign | undefined;
  if (draft.campaignId !== undefined) {
    campaign = await ports.campaigns.get(draft.campaignId);
    if (!campaign || !(await campaignVisible(ports, campaign, organisationId))) {
      campaign = undefined;
      issues.push(issue('campaignId', 'unknown_campaign', 'Không tìm thấy phong trào thi đua này.'));
    } else {
      const inScope = campaign.details.awardsInScope;
      if (Array.isArray(inScope) && !inScope.includes(draft.awardCode)) {
        issues.push(
          issue(
            'awardCode',
            'not_in_campaign',
            'Phong trào thi đua này không xét hình thức khen thưởng đã chọn.',
          ),
        );
      }
      const periods = campaign.details.periods;
      if (draft.periodNo !== undefined && Array.isArray(periods) && draft.periodNo > periods.length) {
        issues.push(issue('periodNo', 'unknown_period', 'Đợt thi đua này không tồn tại.'));
      }
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  if (campaign) assertOpenForNominations(campaign, ports.clock?.now());
  return {
    organisationId,
    unitId,
    ...(campaign ? { campaign } : {}),
    draft: { ...draft, nominee: { ...nominee, unitId } },
  };
}

/** The campaign's nomination deadline (yyyy-mm-dd), when the nomination belongs to one. */
export function deadlineOf(campaign: Campaign | undefined): string | undefined {
  const deadline = campaign?.details.nominationDeadline;
  return typeof deadline === 'string' ? deadline : undefined;
}
