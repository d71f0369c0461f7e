import type { RuleSet } from '../../domain/rules';
import { provinceCouncilRequired } from '../../domain/rules/province-council';
import type { AwardCode, Role } from '../../domain/vocabulary';
import type { Action, NominationState } from '../../domain/workflow';
import type { CouncilLevel, Meeting, OrganisationRepository } from '../../store';
import type { BatchFacts } from '../decisions/judge';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';

/**
 * What differs between a Sở's council and the province's: the workflow actions a meeting takes,
 * the state its agenda waits in, whose council the caller's meeting belongs to, and who may see
 * it. Everything else (seats, attendance, recusal, ballots, tally, one transaction per open and
 * close) is the same code (`open-meeting.ts`, `cast-vote.ts`, `close-meeting.ts`).
 */
export interface CouncilLevelSpec {
  readonly level: CouncilLevel;
  readonly openAction: Action;
  readonly passAction: Action;
  readonly failAction: Action;
  /** The state an agenda item is in while the council votes on it. */
  readonly votingState: NominationState;
  /** Who convenes and closes its meetings: the Sở's secretariat, the province's Ban TĐKT. */
  readonly convenerRole: Role;
  /** The organisation whose council the caller convenes, or `undefined` when there is none. */
  councilOf(ports: Pick<AppPorts, 'organisations'>, principal: Principal): Promise<string | undefined>;
  /** Facts each agenda nomination is judged on when the meeting opens. */
  openFacts(ruleSet: RuleSet, awardCode: AwardCode): BatchFacts;
  /** Whether the caller may see (and act in) the meeting; anyone else gets 404. */
  canSee(principal: Principal, meeting: Meeting): boolean;
}

/** The level a stored meeting belongs to (meetings written before levels existed are a Sở's). */
export const levelOf = (meeting: Meeting): CouncilLevel => meeting.level ?? 'department';

/** The province's own organisation (UBND tỉnh): its council is the provincial council. */
export async function provinceOrganisationId(
  organisations: Pick<OrganisationRepository, 'listOrganisationsByLevel'>,
): Promise<string | undefined> {
  const page = await organisations.listOrganisationsByLevel('province', { limit: 1 });
  return page.items[0]?.id;
}

/** A Sở's council: its own people convene and see it. */
export const DEPARTMENT_COUNCIL: CouncilLevelSpec = {
  level: 'department',
  openAction: 'open_vote',
  passAction: 'record_pass',
  failAction: 'record_fail',
  votingState: 'in_council',
  convenerRole: 'council_secretary',
  councilOf: async (_ports, principal) => principal.orgId,
  openFacts: () => ({}),
  canSee: (principal, meeting) =>
    levelOf(meeting) === 'department' && meeting.organisationId === principal.orgId,
};

/**
 * The provincial council (Hội đồng TĐKT tỉnh): the Ban TĐKT (standing body) convenes it for the
 * forwarded nominations the rule set sends to it; its seats may be held by people of any
 * organisation (Phó Chủ tịch UBND, Giám đốc Sở…), so a seat, not the organisation, lets one in.
 */
export const PROVINCE_COUNCIL: CouncilLevelSpec = {
  level: 'province',
  openAction: 'open_province_vote',
  passAction: 'record_province_pass',
  failAction: 'record_province_fail',
  votingState: 'in_province_council',
  convenerRole: 'province_officer',
  councilOf: (ports) => provinceOrganisationId(ports.organisations),
  // The Ban TĐKT's appraisal is the rule check at this step, as for `appraise`.
  openFacts: (ruleSet, awardCode) => ({
    ruleCheck: { passed: true, refusals: [] },
    provinceCouncilRequired: provinceCouncilRequired(ruleSet.awards[awardCode]),
  }),
  canSee: (principal, meeting) =>
    levelOf(meeting) === 'province' &&
    (meeting.organisationId === principal.orgId ||
      meeting.members.some((m) => m.memberId === principal.userId)),
};
