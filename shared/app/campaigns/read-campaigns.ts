import { NotFoundError } from '../../domain/errors';
import type { CampaignStatus, Page, StoredCampaign } from '../../store';
import { InvalidCursorError } from '../../store';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { canSeeDrafts, canSeePublished, loadVisibleCampaign } from './campaign-access';
import type { CampaignListQuery } from './inputs';

type Ports = Pick<AppPorts, 'campaigns' | 'organisations'>;

/** One campaign, if the caller may see it (drafts: its organisation's secretariat and leaders). */
export const makeGetCampaign =
  (ports: Ports) =>
  (principal: Principal, id: string): Promise<StoredCampaign> =>
    loadVisibleCampaign(ports, principal, id);

/** Position in a list made of several organisations' lists, one after the other. */
interface ListCursor {
  readonly part: number;
  readonly inner?: string;
}

const encode = (cursor: ListCursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decode(cursor: string | undefined, parts: number): ListCursor {
  if (cursor === undefined) return { part: 0 };
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<ListCursor>;
    if (Number.isInteger(value.part) && (value.part as number) >= 0 && (value.part as number) < parts) {
      if (value.inner === undefined || typeof value.inner === 'string') return value as ListCursor;
    }
  } catch {
    // falls through to the error below
  }
  throw new InvalidCursorError();
}

/**
 * Campaigns the caller may see. With `organisationId`: that organisation's (drafts only for its
 * own secretariat and leaders). Without: the caller's organisation's and then the province's,
 * which is what a unit needs to see ("our Sở's campaigns, and the province's"). By year, then id.
 */
export const makeListCampaigns =
  ({ campaigns, organisations }: Ports) =>
  async (principal: Principal, query: CampaignListQuery = {}): Promise<Page<StoredCampaign>> => {
    const sources: { organisationId: string; status?: CampaignStatus }[] = [];
    const statusFor = (organisationId: string): CampaignStatus | undefined | 'none' => {
      if (canSeeDrafts(principal, organisationId)) return query.status;
      return query.status === 'draft' ? 'none' : 'published';
    };
    const add = (organisationId: string) => {
      const status = statusFor(organisationId);
      if (status === 'none') return;
      if (sources.some((s) => s.organisationId === organisationId)) return;
      sources.push({ organisationId, ...(status ? { status } : {}) });
    };
    if (query.organisationId) {
      const organisation = await organisations.getOrganisation(query.organisationId);
      if (!organisation || !canSeePublished(principal, organisation))
        throw new NotFoundError('organisation', query.organisationId, 'Không tìm thấy cơ quan, đơn vị.');
      add(organisation.id);
    } else {
      if (principal.orgId) add(principal.orgId);
      const province = await organisations.listOrganisationsByLevel('province', { limit: 10 });
      for (const organisation of province.items) add(organisation.id);
    }
    if (sources.length === 0) return { items: [] };

    const limit = query.limit ?? 20;
    let position = decode(query.cursor, sources.length);
    const items: StoredCampaign[] = [];
    while (items.length < limit) {
      const source = sources[position.part];
      if (!source) return { items };
      const page = await campaigns.listByOrganisation(source.organisationId, {
        limit: limit - items.length,
        ...(query.year === undefined ? {} : { year: query.year }),
        ...(source.status ? { status: source.status } : {}),
        ...(position.inner ? { cursor: position.inner } : {}),
      });
      items.push(...page.items);
      position = page.cursor ? { part: position.part, inner: page.cursor } : { part: position.part + 1 };
    }
    return position.part < sources.length ? { items, cursor: encode(position) } : { items };
  };
