import { ForbiddenError } from '../../domain/errors';
import type { StoredCampaign } from '../../store';
import { registryChange } from '../directory/registry-change';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { CAMPAIGN_EDITORS, loadEditableCampaign } from './campaign-access';
import type { CampaignBody } from './inputs';

type Ports = Pick<AppPorts, 'campaigns' | 'organisations' | 'ids' | 'clock'>;

/** What a campaign's change-log entry keeps of it: enough to tell what changed, and by whom. */
const logged = (
  c: Pick<StoredCampaign, 'title' | 'year' | 'status' | 'details'> & Partial<StoredCampaign>,
) => ({
  title: c.title,
  year: c.year,
  status: c.status,
  ...(c.publishedAt ? { publishedAt: c.publishedAt } : {}),
  details: c.details,
});

/** The campaign's year: that of its first đợt (a plan issued in December for next year counts next year). */
const yearOf = (body: CampaignBody): number => Number(body.periods[0]?.startsOn.slice(0, 4));

/**
 * Drafts a campaign (phong trào) of the caller's own organisation. Published later by
 * {@link makePublishCampaign}; until then only its organisation's secretariat, council and
 * leaders see it.
 */
export const makeCreateCampaign =
  ({ campaigns, ids, clock }: Ports) =>
  async (principal: Principal, body: CampaignBody): Promise<StoredCampaign> => {
    if (!principal.roles.some((role) => CAMPAIGN_EDITORS.includes(role)))
      throw new ForbiddenError('ROLE_NOT_ALLOWED');
    if (!principal.orgId)
      throw new ForbiddenError('NO_ORGANISATION', 'Tài khoản chưa được gắn với cơ quan nào.');
    const draft = {
      id: `camp-${ids.next().toLowerCase()}`,
      organisationId: principal.orgId,
      year: yearOf(body),
      title: body.title,
      details: body,
      status: 'draft' as const,
    };
    const at = clock.now().toISOString();
    return campaigns.create(draft, registryChange(principal, at, 'campaign', draft.id, logged(draft)));
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
    const changes = { title: body.title, year: yearOf(body), details: body };
    const at = ports.clock.now().toISOString();
    return ports.campaigns.updateDraft(
      campaign,
      changes,
      expectedVersion ?? campaign.version,
      registryChange(principal, at, 'campaign', id, logged({ ...campaign, ...changes }), logged(campaign)),
    );
  };

/**
 * Publishes (ban hành) a draft: from then on the organisation's units (and, for the province's
 * campaigns, every unit) see it, and it can no longer be edited. Publishing twice is 409.
 */
export const makePublishCampaign =
  (ports: Ports) =>
  async (principal: Principal, id: string, expectedVersion?: number): Promise<StoredCampaign> => {
    const campaign = await loadEditableCampaign(ports, principal, id);
    const at = ports.clock.now().toISOString();
    const changes = { status: 'published' as const, publishedAt: at, publishedBy: principal.userId };
    return ports.campaigns.updateDraft(
      campaign,
      changes,
      expectedVersion ?? campaign.version,
      registryChange(principal, at, 'campaign', id, logged({ ...campaign, ...changes }), logged(campaign)),
    );
  };
