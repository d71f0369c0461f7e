import { ForbiddenError } from '../../domain/errors';
import type { StoredCampaign } from '../../store';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { CAMPAIGN_EDITORS, loadEditableCampaign } from './campaign-access';
import type { CampaignBody } from './inputs';

type Ports = Pick<AppPorts, 'campaigns' | 'organisations' | 'ids'>;

/** The campaign's year: that of its first đợt (a plan issued in December for next year counts next year). */
const yearOf = (body: CampaignBody): number => Number(body.periods[0]?.startsOn.slice(0, 4));

/**
 * Drafts a campaign (phong trào) of the caller's own organisation. Published later by
 * {@link makePublishCampaign}; until then only its organisation's secretariat, council and
 * leaders see it.
 */
export const makeCreateCampaign =
  ({ campaigns, ids }: Ports) =>
  async (principal: Principal, body: CampaignBody): Promise<StoredCampaign> => {
    if (!principal.roles.some((role) => CAMPAIGN_EDITORS.includes(role)))
      throw new ForbiddenError('ROLE_NOT_ALLOWED');
    if (!principal.orgId)
      throw new ForbiddenError('NO_ORGANISATION', 'Tài khoản chưa được gắn với cơ quan nào.');
    return campaigns.create({
      id: `camp-${ids.next().toLowerCase()}`,
      organisationId: principal.orgId,
      year: yearOf(body),
      title: body.title,
      details: body,
      status: 'draft',
    });
  };

/** Replaces a draft's content, guarded by the version the caller read; a published campaign is 409. */
export const makeUpdateCampaign =
  (ports: Ports) =>
  async (
    principal: Principal,
    id: string,
    body: CampaignBody,
    expectedVersion?: number,
  ): Promise<StoredCampaign> => {
    const campaign = await loadEditableCampaign(ports, principal, id);
    return ports.campaigns.updateDraft(
      campaign,
      { title: body.title, year: yearOf(body), details: body },
      expectedVersion ?? campaign.version,
    );
  };

/**
 * Publishes (ban hành) a draft: from then on the organisation's units (and, for the province's
 * campaigns, every unit) see it, and it can no longer be edited. Publishing twice is 409.
 */
export const makePublishCampaign =
  (ports: Ports & Pick<AppPorts, 'clock'>) =>
  async (principal: Principal, id: string, expectedVersion?: number): Promise<StoredCampaign> => {
    const campaign = await loadEditableCampaign(ports, principal, id);
    return ports.campaigns.updateDraft(
      campaign,
      { status: 'published', publishedAt: ports.clock.now().toISOString(), publishedBy: principal.userId },
      expectedVersion ?? campaign.version,
    );
  };
