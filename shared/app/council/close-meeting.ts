import { ConflictError, ForbiddenError } from '../../domain/errors';
import type { Role } from '../../domain/vocabulary';
import { tallyCouncilVote } from '../../domain/workflow';
import type { AgendaItem, Meeting, Nomination, PlannedTransition } from '../../store';
import { loadVisibleNominations } from '../access';
import { judgeBatch } from '../decisions/judge';
import { releaseHeld } from '../nominations/held-extras';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { ruleSetAt } from '../rule-set';
import { storeTransitionOf } from '../run-transition';
import { type CouncilLevelSpec, DEPARTMENT_COUNCIL } from './council-level';
import { assertOpen, loadMeeting } from './load-meeting';
import { readBallots } from './read-ballots';
import { meetingView } from './view';

/**
 * Who closes: the secretariat (Ban TĐKT for the province), or the council's chair who presides
 * over the meeting (the Hội đồng's quy chế: the chair concludes it); nobody else. The chair
 * records the outcomes as the convener would (the workflow's record_* actions are the
 * convener's), and the audit names them in their own role.
 */
function closer(
  principal: Principal,
  meeting: Meeting,
  spec: CouncilLevelSpec,
): { acting: Principal; auditRole?: Role } {
  if (principal.roles.includes(spec.convenerRole)) return { acting: principal };
  const chair = meeting.members.some((m) => m.memberId === principal.userId && m.seat === 'chair');
  if (!chair)
    throw new ForbiddenError(
      'ONLY_SECRETARIAT_OR_CHAIR',
      'Chỉ bộ phận thường trực hoặc Chủ tịch Hội đồng được kết thúc phiên họp.',
    );
  const own = CHAIR_ROLES.find((role) => principal.roles.includes(role)) ?? 'council_member';
  return { acting: { ...principal, roles: [...principal.roles, spec.convenerRole] }, auditRole: own };
}

/** The role a chair is recorded in: the Giám đốc, the Chủ tịch UBND tỉnh, else a member. */
const CHAIR_ROLES: readonly Role[] = ['director', 'province_leader', 'council_member'];

/**
 * The secretariat closes the meeting and counts (biên bản kiểm phiếu): each item is tallied
 * against its quorum and threshold (`tallyCouncilVote`) and moves to `council_passed`
 * (`record_pass`) or `council_failed` (`record_fail`), all in one transaction with the closed
 * meeting, which keeps every tally. Without quorum nothing changes: 409 `COUNCIL_NO_QUORUM`, the
 * meeting stays open. A second close loses on the meeting's status or the nominations' versions.
 * The provincial council (`spec`) records `record_province_pass` / `record_province_fail`. A
 * failed nomination gives back the quota place and initiatives it held, in the same transaction.
 */
export function makeCloseMeeting(
  ports: Pick<AppPorts, 'councils' | 'nominations' | 'clock' | 'ruleOverrides'>,
  spec: CouncilLevelSpec = DEPARTMENT_COUNCIL,
) {
  return async (principal: Principal, meetingId: string) => {
    const meeting = await loadMeeting(ports.councils, principal, meetingId, spec);
    const { acting, auditRole } = closer(principal, meeting, spec);
    assertOpen(meeting);
    const at = ports.clock.now().toISOString();
    const ruleSet = ruleSetAt(ports, at);
    const counted: { item: AgendaItem; nomination: Nomination }[] = [];
    const nominations = await loadVisibleNominations(
      ports.nominations,
      principal,
      meeting.agenda.map((item) => item.nominationId),
    );
    // Every item's ballots at once (an agenda holds at most 45 items), each beside its nomination.
    const read = await Promise.all(
      nominations.map(async (nomination, index) => {
        const item = meeting.agenda[index] as AgendaItem; // the agenda's order (loadVisibleNominations)
        return { item, nomination, ...(await readBallots(ports.nominations, item, spec.level)) };
      }),
    );
    for (const { item, nomination, ballots, declared } of read) {
      const result = tallyCouncilVote({
        policy: item.policy,
        members: meeting.members,
        present: meeting.present,
        nominee: item.nominee,
        declared,
        ballots,
      });
      if (!result.ok) throw result.error;
      if (result.result.outcome === 'no_quorum') {
        throw new ConflictError(
          'COUNCIL_NO_QUORUM',
          'Cuộc họp không đủ số thành viên tham dự theo quy định.',
          {
            nominationId: item.nominationId,
            presentCount: result.result.presentCount,
            memberCount: result.result.memberCount,
            quorum: result.result.quorum,
          },
        );
      }
      counted.push({ item: { ...item, tally: result.result }, nomination });
    }
    const planned: PlannedTransition[] = [];
    for (const outcome of ['passed', 'failed'] as const) {
      const group = counted.filter((c) => c.item.tally?.outcome === outcome);
      const judged = judgeBatch(
        outcome === 'passed' ? spec.passAction : spec.failAction,
        group.map((c) => c.nomination),
        { principal: acting, at, ruleSet },
        (n) => {
          const tally = group.find((c) => c.nomination.id === n.id)?.item.tally;
          return tally ? { councilTally: tally } : {};
        },
      );
      for (const j of judged) {
        planned.push({
          current: j.nomination,
          transition: storeTransitionOf(
            j.nomination,
            auditRole ? { ...j, transition: { role: auditRole } } : j,
            principal,
            {
              eventData: { meetingId },
              ...(outcome === 'failed' ? { extras: releaseHeld(j.nomination) } : {}),
            },
          ),
        });
      }
    }
    const closed: Meeting = {
      ...meeting,
      status: 'closed',
      closedAt: at,
      closedBy: principal.userId,
      agenda: counted.map((c) => c.item),
    };
    await ports.councils.closeMeeting(closed, planned);
    return meetingView(closed, new Map());
  };
}
