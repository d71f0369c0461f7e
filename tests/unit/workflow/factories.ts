import type { Role } from '../../../shared/domain/vocabulary';
import type { VotingPolicy } from '../../../shared/domain/voting-policy';
import {
  type Action,
  type Actor,
  applyTransition,
  type CouncilMember,
  type DecisionRef,
  type DocumentRef,
  type TallyOutcome,
  type TallyResult,
  type TransitionContext,
  type TransitionEvent,
  tallyCouncilVote,
  type WorkflowNomination,
} from '../../../shared/domain/workflow';

/** The fixed clock of these tests: 20/12/2024, 10:00 in Hà Tĩnh. */
export const FIXED_AT = '2024-12-20T03:00:00.000Z';

export const ORG = 'ORG_SNV_HATINH';
export const UNIT = 'UNIT_TCHC';

export function nomination(overrides: Partial<WorkflowNomination> = {}): WorkflowNomination {
  return {
    id: 'NOM_01',
    state: 'draft',
    version: 1,
    organisationId: ORG,
    unitId: UNIT,
    updatedAt: '2024-12-01T02:00:00.000Z',
    ...overrides,
  };
}

const actorFor = (role: Role, overrides: Partial<Actor> = {}): Actor => ({
  userId: `user-${role}`,
  roles: [role],
  ...(role === 'unit_officer' ? { organisationId: ORG, unitId: UNIT } : {}),
  ...(role === 'council_secretary' || role === 'director' || role === 'council_member'
    ? { organisationId: ORG }
    : {}),
  ...overrides,
});

export const unitOfficer = (o: Partial<Actor> = {}): Actor => actorFor('unit_officer', o);
export const secretary = (o: Partial<Actor> = {}): Actor => actorFor('council_secretary', o);
export const director = (o: Partial<Actor> = {}): Actor => actorFor('director', o);
export const provinceOfficer = (o: Partial<Actor> = {}): Actor => actorFor('province_officer', o);
export const provinceLeader = (o: Partial<Actor> = {}): Actor => actorFor('province_leader', o);
export const admin = (o: Partial<Actor> = {}): Actor => actorFor('admin', o);

export function context(overrides: Partial<TransitionContext> = {}): TransitionContext {
  return { actor: unitOfficer(), at: FIXED_AT, authority: 'department', ...overrides };
}

export function decision(overrides: Partial<DecisionRef> = {}): DecisionRef {
  return { decisionId: 'DEC_01', number: '125/QĐ-SNV', signedOn: '2024-12-20', ...overrides };
}

export function letter(overrides: Partial<DocumentRef> = {}): DocumentRef {
  return { number: '88/TTr-SNV', issuedOn: '2024-12-20', ...overrides };
}

export function policy(overrides: Partial<VotingPolicy> = {}): VotingPolicy {
  return {
    ballot: 'open',
    quorum: { num: 2, den: 3 },
    threshold: { num: 70, den: 100 },
    denominator: 'all_members',
    writtenOpinionsAllowed: false,
    ...overrides,
  };
}

/** Members `M01`…`Mnn`, each in their own unit unless overridden. */
export function members(
  count: number,
  overrides: Record<string, Partial<CouncilMember>> = {},
): CouncilMember[] {
  return Array.from({ length: count }, (_, i) => {
    const memberId = `M${String(i + 1).padStart(2, '0')}`;
    return { memberId, unitId: `UNIT_${memberId}`, ...overrides[memberId] };
  });
}

export const ids = (list: readonly CouncilMember[]): string[] => list.map((m) => m.memberId);

/** A real tally with the requested outcome: 10 members, 70 % of all members. */
export function tally(outcome: TallyOutcome): TallyResult {
  const council = members(10);
  const present = outcome === 'no_quorum' ? ids(council).slice(0, 6) : ids(council);
  const approvals = outcome === 'passed' ? 7 : outcome === 'failed' ? 6 : 6;
  const result = tallyCouncilVote({
    policy: policy(),
    members: council,
    present,
    nominee: { unitId: UNIT },
    ballots: {
      ballot: 'open',
      votes: present.map((memberId, i) => ({ memberId, choice: i < approvals ? 'approve' : 'reject' })),
    },
  });
  if (!result.ok) throw result.error;
  return result.result;
}

/** Applies the steps in order and fails loudly at the first refusal. */
export function walk(
  start: WorkflowNomination,
  steps: readonly (readonly [Action, TransitionContext])[],
): { final: WorkflowNomination; events: TransitionEvent[] } {
  let current = start;
  const events: TransitionEvent[] = [];
  for (const [action, ctx] of steps) {
    const result = applyTransition(current, action, ctx);
    if (!result.ok) throw new Error(`${action} from ${current.state} refused: ${result.error.code}`);
    current = result.next;
    events.push(result.event);
  }
  return { final: current, events };
}
