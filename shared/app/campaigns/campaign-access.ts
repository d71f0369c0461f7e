import { NotFoundError } from '../../domain/errors';
import type { Role } from '../../domain/vocabulary';
import type { CampaignRepository, Organisation, OrganisationRepository, StoredCampaign } from '../../store';
import { hasAnyRole, PROVINCE_ROLES } from '../directory/visibility';
import type { Principal } from '../principal';

/**
 * Who drafts and launches a campaign of their own organisation: in a Sở its council secretary
 * (Văn phòng Sở prepares the plan) and its director (who signs it); at the province the Ban
 * TĐKT's officers and the province's leaders. Not the admin: the admin's work is the directory
 * and the users, not the content of campaigns.
 */
export const CAMPAIGN_EDITORS: readonly Role[] = [
  'council_secretary',
  'director',
  'province_officer',
  'province_leader',
];

/** Drafts are work in progress of their organisation's secretariat, council and leaders. */
export function canSeeDrafts(principal: Principal, organisationId: string): boolean {
  return (
    principal.orgId === organisationId &&
    principal.roles.some((role) => role !== 'unit_officer' && role !== 'admin')
  );
}

/** Published campaigns: the organisation's own people, everyone for the province's, the province for all. */
export function canSeePublished(principal: Principal, organisation: Organisation): boolean {
  return (
    principal.orgId === organisation.id ||
    organisation.level === 'province' ||
    hasAnyRole(principal, PROVINCE_ROLES)
  );
}

export function canEditCampaign(
  principal: Principal,
  campaign: Pick<StoredCampaign, 'organisationId'>,
): boolean {
  return principal.orgId === campaign.organisationId && hasAnyRole(principal, CAMPAIGN_EDITORS);
}

const notFound = (id: string) => new NotFoundError('campaign', id, 'Không tìm thấy phong trào thi đua.');

/** Loads a campaign the caller may see; a draft of another organisation answers as a missing one. */
export async function loadVisibleCampaign(
  ports: {
    campaigns: Pick<CampaignRepository, 'get'>;
    organisations: Pick<OrganisationRepository, 'getOrganisation'>;
  },
  principal: Principal,
  id: string,
): Promise<StoredCampaign> {
  const campaign = await ports.campaigns.get(id);
  if (!campaign) throw notFound(id);
  if (canSeeDrafts(principal, campaign.organisationId)) return campaign;
  if (campaign.status !== 'published') throw notFound(id);
  const organisation = await ports.organisations.getOrganisation(campaign.organisationId);
  if (!organisation || !canSeePublished(principal, organisation)) throw notFound(id);
  return campaign;
}

/** Loads a campaign the caller may edit: invisible ones are 404, visible but not theirs 404 too. */
export async function loadEditableCampaign(
  ports: {
    campaigns: Pick<CampaignRepository, 'get'>;
    organisations: Pick<OrganisationRepository, 'getOrganisation'>;
  },
  principal: Principal,
  id: string,
): Promise<StoredCampaign> {
  const campaign = await loadVisibleCampaign(ports, principal, id);
  if (!canEditCampaign(principal, campaign)) throw notFound(id);
  return campaign;
}
