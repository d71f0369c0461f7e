/**
 * The public notice (công khai danh sách) of an organisation's nominations: before the council
 * meets, everyone of the Sở sees who is proposed for what, so they can object. It shows only what
 * `shared/domain/forms/personal-data.ts` classifies as public (Luật BVDLCN 91/2025/QH15): name,
 * position, unit, the proposed award — never a birth date, an e-mail, a rating or anyone's id.
 */
import { NotFoundError } from '../../domain/errors';
import type { Nominee } from '../../domain/forms/nominee';
import {
  type PublicCollectiveNominee,
  type PublicPersonNominee,
  toPublicNominee,
} from '../../domain/forms/personal-data';
import { DEFAULT_CATALOG } from '../../domain/rules/catalog';
import { AWARD_CODES, type AwardCode, TRACK_LABELS, type Track } from '../../domain/vocabulary';
import { vietnamDate, vietnamYearStart } from '../../domain/workflow/guards';
import { ACCEPTED_ON_ROUTE_STATES, type NominationState, STATE_LABELS } from '../../domain/workflow/states';
import type { Nomination } from '../../store';
import { allPages } from '../../store/all-pages';
import { canSeeInsideOrganisation } from '../directory/visibility';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';

/**
 * The states a notice lists: the secretariat found the dossier complete (`accepted`) and the
 * nomination is still proposed or already granted — in the Sở's council, passed, decided, carried
 * to the province (in review, back with the Sở for more documents, in its council, approved,
 * decided) or forwarded to the central level. Left out: `draft`, `submitted` and `returned` (the
 * secretariat has not found the dossier complete: not yet a proposal of the Sở), and whatever left
 * the route without the award — `withdrawn`, `council_failed`, `province_rejected`, `revoked`
 * (listing a revoked award as proposed would say something false about a person).
 */
export const PUBLIC_NOTICE_STATES = ACCEPTED_ON_ROUTE_STATES;

/**
 * A nominee's public fields. The form always has them; a nomination stored without a form nominee
 * (records written by other tools) has its name and position only.
 */
export type NoticeNominee =
  | (Pick<PublicPersonNominee, 'subject' | 'fullName'> & Partial<PublicPersonNominee>)
  | (Pick<PublicCollectiveNominee, 'subject' | 'name'> & Partial<PublicCollectiveNominee>);

/** One line of the notice. */
export interface PublicNoticeEntry {
  readonly subject: 'person' | 'collective';
  /** Public fields only (`toPublicNominee`): name, position, unit / collective and parent unit. */
  readonly nominee: NoticeNominee;
  readonly awardCode: AwardCode;
  readonly awardName: string;
  readonly track: Track;
  readonly trackLabel: string;
  readonly campaignTitle?: string;
  readonly state: NominationState;
  /** The stage in Vietnamese (`STATE_LABELS`). */
  readonly stage: string;
}

/** The answer of `GET /organisations/{organisationId}/public-notice`. */
export interface PublicNotice {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly year: number;
  readonly campaignId?: string;
  /** The Vietnam date the list was read on: a printed notice says when it was true. */
  readonly asOf: string;
  readonly entries: readonly PublicNoticeEntry[];
}

export interface PublicNoticeQuery {
  readonly year?: number | undefined;
  readonly campaignId?: string | undefined;
}

type Ports = Pick<AppPorts, 'nominations' | 'organisations' | 'campaigns' | 'clock'>;

const notFound = (id: string) => new NotFoundError('organisation', id, 'Không tìm thấy cơ quan, đơn vị.');

const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * The nominee as the form names them, through the allow-list of public fields. A nomination
 * stored without a form nominee (records written by other tools) falls back to its summary,
 * whose name and position are public too.
 */
export function publicNomineeOf(n: Pick<Nomination, 'subject' | 'nominee' | 'form'>): NoticeNominee {
  const form = (n.form as { nominee?: unknown }).nominee;
  if (form && typeof form === 'object' && (form as { subject?: unknown }).subject === n.subject) {
    const picked = toPublicNominee(form as Nominee);
    const named = n.subject === 'person' ? 'fullName' in picked : 'name' in picked;
    if (named) return picked;
  }
  const { name, position } = n.nominee;
  return n.subject === 'person'
    ? { subject: 'person', fullName: name, ...(text(position) ? { position } : {}) }
    : { subject: 'collective', name };
}

const nameOf = (nominee: NoticeNominee) => ('fullName' in nominee ? nominee.fullName : nominee.name);
const unitOf = (nominee: NoticeNominee) =>
  (nominee.subject === 'person' ? nominee.unitName : nominee.parentUnitName) ?? '';

const awardOrder = (code: string) => AWARD_CODES.indexOf(code as AwardCode);
/** Made on first use: creating it at module load would load ICU's data in every cold start. */
let collator: Intl.Collator | undefined;
const viCollator = (): Intl.Collator => {
  collator ??= new Intl.Collator('vi');
  return collator;
};

/**
 * Reads the notice of an organisation. Its own people (every role, unit officers of any of its
 * units) and the province may read it; anyone else gets 404, as for a missing organisation. Reads
 * the organisation, its nominations per listed state changed since the year began (GSI2, or the
 * campaign's on GSI3 when a campaign is given) and the titles of the campaigns they belong to;
 * no scan.
 */
export function makeGetPublicNotice(ports: Ports) {
  return async (
    principal: Principal,
    organisationId: string,
    query: PublicNoticeQuery,
  ): Promise<PublicNotice> => {
    if (!canSeeInsideOrganisation(principal, organisationId)) throw notFound(organisationId);
    const organisation = await ports.organisations.getOrganisation(organisationId);
    if (!organisation) throw notFound(organisationId);

    const asOf = vietnamDate(ports.clock.now().toISOString());
    const year = query.year ?? Number(asOf.slice(0, 4));
    const listed = new Set<string>(PUBLIC_NOTICE_STATES);
    const { campaignId } = query;
    // A nomination of year Y is first written in Y, so nothing changed before Y began is of Y:
    // the bound skips past years' decided nominations unread; the year filter below still decides.
    const range = { updatedFrom: vietnamYearStart(year) };
    const candidates = campaignId
      ? await allPages((page) => ports.nominations.listByCampaign(campaignId, page))
      : (
          await Promise.all(
            PUBLIC_NOTICE_STATES.map((state) =>
              allPages((page) => ports.nominations.listByOrgAndState(organisationId, state, page, range)),
            ),
          )
        ).flat();
    const nominations = candidates.filter(
      (n) => n.organisationId === organisationId && n.year === year && listed.has(n.state),
    );

    const campaignIds = [...new Set(nominations.flatMap((n) => (n.campaignId ? [n.campaignId] : [])))];
    const titles = new Map(
      (await Promise.all(campaignIds.map((id) => ports.campaigns.get(id)))).flatMap((c) =>
        c ? [[c.id, c.title] as const] : [],
      ),
    );

    const entries = nominations
      .map((n): PublicNoticeEntry => {
        const campaignTitle = n.campaignId ? titles.get(n.campaignId) : undefined;
        return {
          subject: n.subject,
          nominee: publicNomineeOf(n),
          awardCode: n.awardCode,
          awardName: DEFAULT_CATALOG[n.awardCode]?.name ?? n.awardCode,
          track: n.track,
          trackLabel: TRACK_LABELS[n.track] ?? n.track,
          ...(campaignTitle ? { campaignTitle } : {}),
          state: n.state as NominationState,
          stage: STATE_LABELS[n.state as NominationState] ?? n.state,
        };
      })
      .sort(
        (a, b) =>
          awardOrder(a.awardCode) - awardOrder(b.awardCode) ||
          viCollator().compare(unitOf(a.nominee), unitOf(b.nominee)) ||
          viCollator().compare(nameOf(a.nominee), nameOf(b.nominee)),
      );
    return {
      organisationId,
      organisationName: organisation.name,
      year,
      ...(campaignId ? { campaignId } : {}),
      asOf,
      entries,
    };
  };
}
