import { NotFoundError } from '../../domain/errors';
import type { CampaignTarget } from '../../domain/forms/campaign-target';
import {
  type CampaignProgress,
  measureCampaignProgress,
  type ProgressNomination,
  type TargetProgressReport,
  type UnitFacts,
} from '../../domain/rules/campaign-progress';
import { TASK_RATINGS, type TaskRating } from '../../domain/vocabulary';
import type { Nomination, StoredCampaign } from '../../store';
import { allPages } from '../../store/all-pages';
import { DEPARTMENT_ROLES, hasAnyRole, PROVINCE_ROLES } from '../directory/visibility';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { loadVisibleCampaign } from './campaign-access';

type Ports = Pick<AppPorts, 'campaigns' | 'organisations' | 'persons' | 'nominations'>;

/** The answer of `GET /campaigns/{id}/progress`. */
export interface CampaignProgressReport extends CampaignProgress {
  readonly campaignId: string;
  readonly organisationId: string;
  readonly title: string;
  readonly year: number;
  /** `organisation`: every unit's row; `unit`: the caller's own unit's row and the total. */
  readonly view: 'organisation' | 'unit';
  readonly units: readonly UnitFacts[];
}

const notFound = (id: string) => new NotFoundError('campaign', id, 'Không tìm thấy phong trào thi đua.');

/** Every unit for the organisation's leaders and the province; a unit officer their own unit. */
function viewOf(principal: Principal, campaign: StoredCampaign): { unitId?: string } {
  if (hasAnyRole(principal, PROVINCE_ROLES)) return {};
  if (principal.orgId !== campaign.organisationId) throw notFound(campaign.id);
  if (hasAnyRole(principal, DEPARTMENT_ROLES)) return {};
  if (principal.roles.includes('unit_officer') && principal.unitId) return { unitId: principal.unitId };
  throw notFound(campaign.id);
}

function toFact(n: Nomination): ProgressNomination {
  const nominee = (n.form.nominee ?? {}) as { personId?: unknown; unitId?: unknown; taskRating?: unknown };
  const rating = TASK_RATINGS.find((r) => r === nominee.taskRating);
  const id = n.subject === 'person' ? nominee.personId : nominee.unitId;
  return {
    unitId: n.unitId,
    awardCode: n.awardCode,
    subject: n.subject,
    state: n.state,
    ...(rating ? { taskRating: rating as TaskRating } : {}),
    nomineeKey: typeof id === 'string' ? id : `${n.subject}:${n.nominee.name.normalize('NFC').toLowerCase()}`,
  };
}

/**
 * Progress of a campaign against its targets, per unit and for the organisation. Reads the
 * campaign, its organisation's units (GSI1), each unit's people (GSI1) and the campaign's
 * nominations (GSI3); a unit that nominated under the campaign without being one of the
 * organisation's (the province's campaigns address every Sở) is read by id and listed too.
 */
export function makeGetCampaignProgress(ports: Ports) {
  return async (principal: Principal, campaignId: string): Promise<CampaignProgressReport> => {
    const campaign = await loadVisibleCampaign(ports, principal, campaignId);
    const view = viewOf(principal, campaign);
    const [units, nominations, reports] = await Promise.all([
      allPages((page) => ports.organisations.listUnits(campaign.organisationId, page)),
      allPages((page) => ports.nominations.listByCampaign(campaign.id, page)),
      ports.campaigns.listTargetReports(campaign.id),
    ]);
    const listed = new Set(units.map((u) => u.id));
    const others = [...new Set(nominations.map((n) => n.unitId).filter((id) => !listed.has(id)))];
    const extra = await Promise.all(others.map((id) => ports.organisations.getUnit(id)));
    const facts = await Promise.all(
      [...units, ...extra.filter((u) => u !== undefined)].map(
        async (unit): Promise<UnitFacts> => ({
          unitId: unit.id,
          unitName: unit.name,
          persons: (await allPages((page) => ports.persons.listByUnit(unit.id, page))).length,
          collectives: 1,
        }),
      ),
    );
    const targets = (campaign.details.targets ?? []) as readonly CampaignTarget[];
    const progress = measureCampaignProgress({
      targets,
      units: facts,
      nominations: nominations.map(toFact),
      // Who recorded it stays in the change log; the progress shows the result and its evidence.
      reports: reports.map(({ campaignId: _c, recordedBy: _b, ...report }) => report),
    });
    const own = (unitId: string | undefined) => (unitId === undefined ? true : unitId === view.unitId);
    return {
      campaignId: campaign.id,
      organisationId: campaign.organisationId,
      title: campaign.title,
      year: campaign.year,
      view: view.unitId === undefined ? 'organisation' : 'unit',
      units: facts.filter((u) => view.unitId === undefined || own(u.unitId)),
      notes: progress.notes,
      targets: progress.targets.map(
        (t): TargetProgressReport => ({
          ...t,
          units: t.units.filter((row) => view.unitId === undefined || own(row.unitId)),
        }),
      ),
    };
  };
}
