/**
 * What waits for the signed-in person, by role, for the home screen: their drafts and returned
 * dossiers, what waits for them to check, to put on an agenda, to vote on, to sign, to receive
 * or appraise, with counts; the oldest first, each with its working-day clock against the
 * step's limit (Nghị định 152/2025, as the rule set states it) and, once returned, the reason;
 * and the campaigns whose deadline for nominations is coming.
 */
import { STEP_STATES, stepClock, VN_CALENDAR, workingDaysBetween } from '../../domain/calendar';
import type { RuleSet } from '../../domain/rules';
import { TIME_LIMIT_STEPS, type TimeLimitStep } from '../../domain/rules/types';
import type { Role } from '../../domain/vocabulary';
import { vietnamDate } from '../../domain/workflow/guards';
import { type NominationState, STATE_LABELS } from '../../domain/workflow/states';
import type { WorkKind } from '../../domain/workflow/work-kinds';
import type { AuditEvent, Nomination, NominationHead } from '../../store';
import { allPages } from '../../store/all-pages';
import { canSeeNomination } from '../access';
import { levelOf, provinceOrganisationId } from '../council/council-level';
import { hasAnyRole } from '../directory/visibility';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { ruleSetAt } from '../rule-set';

interface WorkDesk {
  readonly kind: WorkKind;
  readonly roles: readonly Role[];
  readonly states: readonly NominationState[];
  /** Where the nominations are read: the caller's unit, its organisation, or every Sở. */
  readonly scope: 'unit' | 'organisation' | 'province';
}

/** Who works on what: each desk's states, in the order of the route. */
const DESKS: readonly WorkDesk[] = [
  { kind: 'drafts', roles: ['unit_officer'], states: ['draft'], scope: 'unit' },
  { kind: 'returned', roles: ['unit_officer'], states: ['returned'], scope: 'unit' },
  { kind: 'sent', roles: ['unit_officer'], states: ['submitted', 'accepted', 'in_council'], scope: 'unit' },
  { kind: 'to_check', roles: ['council_secretary'], states: ['submitted'], scope: 'organisation' },
  { kind: 'to_agenda', roles: ['council_secretary'], states: ['accepted'], scope: 'organisation' },
  {
    kind: 'province_returned',
    roles: ['council_secretary'],
    states: ['province_returned'],
    scope: 'organisation',
  },
  { kind: 'to_sign', roles: ['director'], states: ['council_passed'], scope: 'organisation' },
  { kind: 'to_receive', roles: ['province_officer'], states: ['forwarded'], scope: 'province' },
  { kind: 'to_appraise', roles: ['province_officer'], states: ['province_review'], scope: 'province' },
  { kind: 'to_sign_province', roles: ['province_leader'], states: ['province_approved'], scope: 'province' },
];

/** How many of a section's nominations are shown with their clock; the count covers them all. */
export const WORKLIST_SHOWN = 10;

export interface WorkClock {
  readonly step: TimeLimitStep;
  readonly status: 'running' | 'paused' | 'done';
  readonly usedWorkingDays: number;
  readonly limitWorkingDays?: number;
  readonly dueOn?: string;
  readonly late: boolean;
}

export interface WorkItem {
  readonly nominationId: string;
  readonly nomineeName: string;
  readonly awardCode: Nomination['awardCode'];
  readonly state: NominationState;
  readonly stateLabel: string;
  readonly organisationId: string;
  readonly unitId: string;
  readonly updatedAt: string;
  /** A returned dossier: why, as the one who returned it wrote it. */
  readonly reason?: string;
  readonly clock?: WorkClock;
}

export interface WorkSection {
  readonly kind: WorkKind;
  readonly count: number;
  readonly items: readonly WorkItem[];
}

export interface Worklist {
  readonly asOf: string;
  readonly sections: readonly WorkSection[];
  /** Open meetings of the caller's council where they hold a seat, and how many items they have not voted on. */
  readonly meetings: readonly {
    readonly meetingId: string;
    readonly level: 'department' | 'province';
    readonly heldOn: string;
    readonly name?: string;
    readonly toVote: number;
  }[];
  /** Published campaigns of the caller's organisation whose deadline for nominations is today or later. */
  readonly deadlines: readonly {
    readonly campaignId: string;
    readonly title: string;
    readonly nominationDeadline: string;
    readonly workingDaysLeft: number;
  }[];
}

type Ports = Pick<
  AppPorts,
  'nominations' | 'organisations' | 'councils' | 'campaigns' | 'clock' | 'ruleOverrides'
>;

/** The step whose clock a nomination in `state` shows: the one running or paused in it. */
function stepOf(state: string): TimeLimitStep | undefined {
  return TIME_LIMIT_STEPS.find((step) => {
    const { running, paused } = STEP_STATES[step];
    return (running as readonly string[]).includes(state) || (paused as readonly string[]).includes(state);
  });
}

export function makeGetWorklist(ports: Ports) {
  /**
   * What one request reads once, however many desks use it: the caller's unit's nominations (a
   * unit officer's three desks share them) and the Sở list (the province's desks share it).
   * Nominations are read as lists read them (heads, without their forms): a desk shows no form.
   */
  const readsOf = (principal: Principal) => {
    let unit: Promise<NominationHead[]> | undefined;
    let sos: Promise<string[]> | undefined;
    return {
      unitNominations: (unitId: string) =>
        (unit ??= allPages((page) => ports.nominations.listHeadsByUnit(unitId, page))),
      soIds: () =>
        (sos ??= allPages((page) => ports.organisations.listOrganisations(page)).then((all) =>
          all.filter((o) => o.level !== 'province').map((o) => o.id),
        )),
      principal,
    };
  };

  const nominationsOf = async (
    reads: ReturnType<typeof readsOf>,
    desk: WorkDesk,
  ): Promise<NominationHead[]> => {
    const { principal } = reads;
    if (desk.scope === 'unit') {
      if (!principal.unitId) return [];
      const all = await reads.unitNominations(principal.unitId);
      return all.filter((n) => (desk.states as readonly string[]).includes(n.state));
    }
    const organisationIds =
      desk.scope === 'organisation' ? (principal.orgId ? [principal.orgId] : []) : await reads.soIds();
    const lists = await Promise.all(
      organisationIds.flatMap((organisationId) =>
        desk.states.map((state) =>
          allPages((page) => ports.nominations.listHeadsByOrgAndState(organisationId, state, page)),
        ),
      ),
    );
    return lists.flat().filter((n) => canSeeNomination(principal, n));
  };

  const itemOf = async (n: NominationHead, at: string, ruleSet: RuleSet): Promise<WorkItem> => {
    const events: AuditEvent[] = await allPages((page) => ports.nominations.listAuditEvents(n.id, page));
    const step = stepOf(n.state);
    const limit = step ? ruleSet.awards[n.awardCode]?.timeLimitsWorkingDays?.[step] : undefined;
    const clock = step ? stepClock(step, events, at, limit, VN_CALENDAR) : undefined;
    const last = events.at(-1);
    const reason = last && last.to === n.state ? last.reason : undefined;
    return {
      nominationId: n.id,
      nomineeName: n.nominee.name,
      awardCode: n.awardCode,
      state: n.state as NominationState,
      stateLabel: STATE_LABELS[n.state as NominationState] ?? n.state,
      organisationId: n.organisationId,
      unitId: n.unitId,
      updatedAt: n.updatedAt,
      ...(reason ? { reason } : {}),
      ...(clock
        ? {
            clock: {
              step: clock.step,
              status: clock.status,
              usedWorkingDays: clock.usedWorkingDays,
              ...(clock.limitWorkingDays === undefined ? {} : { limitWorkingDays: clock.limitWorkingDays }),
              ...(clock.dueOn === undefined ? {} : { dueOn: clock.dueOn }),
              late: clock.late,
            },
          }
        : {}),
    };
  };

  const meetingsOf = async (principal: Principal) => {
    if (!hasAnyRole(principal, ['council_member', 'council_secretary', 'director', 'province_leader']))
      return [];
    // The caller's Sở's council, and the provincial council, which seats people of any organisation.
    const province = await provinceOrganisationId(ports.organisations);
    const councils = [...new Set([principal.orgId, province].filter((id): id is string => Boolean(id)))];
    // A seat is held by a user: its member id is the user's id (the token's `sub`).
    const seat = principal.userId;
    const meetings = (
      await Promise.all(councils.map((id) => allPages((page) => ports.councils.listMeetings(id, page))))
    )
      .flat()
      .filter((m) => m.status === 'open' && m.members.some((member) => member.memberId === seat));
    return Promise.all(
      meetings.map(async (m) => {
        const present = m.present.includes(seat);
        const voted = await Promise.all(
          m.agenda.map(async (item) => {
            if (!present || item.recused.includes(seat)) return true;
            const votes = await allPages((page) =>
              ports.nominations.listVotes(item.nominationId, page, levelOf(m)),
            );
            return votes.some((v) => v.memberId === seat);
          }),
        );
        return {
          meetingId: m.id,
          level: levelOf(m),
          heldOn: m.heldOn,
          ...(m.name ? { name: m.name } : {}),
          toVote: voted.filter((done) => !done).length,
        };
      }),
    );
  };

  const deadlinesOf = async (principal: Principal, today: string) => {
    if (!principal.orgId || !hasAnyRole(principal, ['unit_officer', 'council_secretary'])) return [];
    const organisationId = principal.orgId;
    const campaigns = await allPages((page) =>
      ports.campaigns.listByOrganisation(organisationId, { ...page, status: 'published' }),
    );
    return campaigns
      .map((c) => ({ c, deadline: (c.details as { nominationDeadline?: unknown }).nominationDeadline }))
      .filter((x): x is { c: (typeof campaigns)[number]; deadline: string } => typeof x.deadline === 'string')
      .filter(({ deadline }) => deadline >= today)
      .sort((a, b) => a.deadline.localeCompare(b.deadline))
      .map(({ c, deadline }) => ({
        campaignId: c.id,
        title: c.title,
        nominationDeadline: deadline,
        workingDaysLeft: workingDaysBetween(today, deadline, VN_CALENDAR),
      }));
  };

  return async (principal: Principal): Promise<Worklist> => {
    const at = ports.clock.now().toISOString();
    const today = vietnamDate(at);
    const ruleSet = ruleSetAt(ports, at);
    const reads = readsOf(principal);
    const desks = DESKS.filter((desk) => hasAnyRole(principal, desk.roles));
    const sections = await Promise.all(
      desks.map(async (desk): Promise<WorkSection> => {
        const all = (await nominationsOf(reads, desk)).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
        const items = await Promise.all(all.slice(0, WORKLIST_SHOWN).map((n) => itemOf(n, at, ruleSet)));
        return { kind: desk.kind, count: all.length, items };
      }),
    );
    const [meetings, deadlines] = await Promise.all([meetingsOf(principal), deadlinesOf(principal, today)]);
    return { asOf: today, sections, meetings, deadlines };
  };
}
