import { inForceOn } from '../../domain/council-terms';
import { ConflictError, type FieldIssue, ValidationError } from '../../domain/errors';
import { recusedMembers, vietnamDate } from '../../domain/workflow';
import { type AgendaItem, MAX_TRANSACTION_ITEMS, type Meeting, VOTING_SEATS } from '../../store';
import { loadVisibleNominations } from '../access';
import { judgeBatch } from '../decisions/judge';
import { nomineeIdentity } from '../decisions/nominee';
import { MAX_AGENDA } from '../limits';
import { releaseHeld } from '../nominations/held-extras';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { ruleSetAt } from '../rule-set';
import { storeTransitionOf } from '../run-transition';
import { type CouncilLevelSpec, DEPARTMENT_COUNCIL } from './council-level';
import { meetingIdsOf } from './meeting-records';
import { meetingView } from './view';

export interface OpenMeetingInput {
  readonly nominationIds: readonly string[];
  /** Member ids (the users' `sub`) of the voting members present. */
  readonly present: readonly string[];
  /** How the minutes name the meeting ("Phiên họp số 3/2026"); optional. */
  readonly name?: string;
}

/**
 * The secretariat opens a council meeting: who is present, and an agenda of accepted nominations,
 * each moved to `in_council` (`open_vote`) in the same transaction as the meeting is written.
 * Each item's ballot, quorum and threshold are fixed now from the award's voting policy in the
 * rule set in force (a province may override it); recused members are fixed too.
 * The Ban TĐKT tỉnh opens the provincial council's meetings the same way (`spec`), for forwarded
 * nominations under review whose award the rule set sends there (`open_province_vote`).
 */
export function makeOpenMeeting(
  ports: Pick<AppPorts, 'councils' | 'nominations' | 'organisations' | 'clock' | 'ids' | 'ruleOverrides'> &
    Partial<Pick<AppPorts, 'persons'>>,
  spec: CouncilLevelSpec = DEPARTMENT_COUNCIL,
) {
  return async (principal: Principal, input: OpenMeetingInput) => {
    const organisationId = await spec.councilOf(ports, principal);
    const at = ports.clock.now().toISOString();
    const heldOn = vietnamDate(at);
    // The voting seats held on the meeting's day: they are its "tổng số thành viên" and quorum.
    const seats = organisationId
      ? (await ports.councils.listMembers(organisationId)).filter(
          (m) => VOTING_SEATS.includes(m.seat) && inForceOn(m, heldOn),
        )
      : [];
    if (!organisationId || seats.length === 0) {
      throw new ConflictError('COUNCIL_NOT_CONFIGURED', 'Cơ quan chưa có Hội đồng Thi đua – Khen thưởng.');
    }
    const issues: FieldIssue[] = [];
    const seatIds = new Set(seats.map((m) => m.memberId));
    input.present.forEach((id, i) => {
      if (!seatIds.has(id))
        issues.push({
          path: `present.${i}`,
          code: 'unknown_member',
          message: 'Người này không phải thành viên Hội đồng.',
        });
      else if (input.present.indexOf(id) !== i)
        issues.push({ path: `present.${i}`, code: 'duplicate', message: 'Thành viên bị ghi trùng.' });
    });
    input.nominationIds.forEach((id, i) => {
      if (input.nominationIds.indexOf(id) !== i)
        issues.push({
          path: `nominationIds.${i}`,
          code: 'duplicate',
          message: 'Một đề nghị được liệt kê hai lần.',
        });
    });
    if (input.nominationIds.length > MAX_AGENDA) {
      issues.push({
        path: 'nominationIds',
        code: 'too_big',
        message: `Mỗi cuộc họp xét tối đa ${MAX_AGENDA} đề nghị.`,
      });
    }
    if (issues.length > 0) throw new ValidationError(issues);

    const nominations = await loadVisibleNominations(ports.nominations, principal, input.nominationIds);
    // Closing writes the meeting and every item in one transaction (at most 100 writes), and an
    // item that fails gives back what it holds in that same transaction: make sure it will fit.
    const closeWrites = nominations.reduce((sum, n) => sum + 2 + releaseHeld(n).length, 1);
    if (closeWrites > MAX_TRANSACTION_ITEMS) {
      throw new ValidationError([
        {
          path: 'nominationIds',
          code: 'too_big',
          message: 'Chương trình họp quá lớn để ghi kết quả trong một lần; hãy chia thành nhiều cuộc họp.',
        },
      ]);
    }
    const ruleSet = ruleSetAt(ports, at);
    const id = ports.ids.next();
    const judged = judgeBatch(spec.openAction, nominations, { principal, at, ruleSet }, (n) =>
      spec.openFacts(ruleSet, n.awardCode),
    );
    // Whom each holder is in the staff records (the account linked to a person), so a holder who
    // is nominated stands aside from their own item wherever their seat's unit is.
    const members = await Promise.all(
      seats.map(async (m) => {
        const personId = m.personId ?? (await ports.persons?.personOfAccount(m.memberId));
        return {
          memberId: m.memberId,
          name: m.name,
          seat: m.seat,
          ...(personId ? { personId } : {}),
          ...(m.unitId ? { unitId: m.unitId } : {}),
        };
      }),
    );
    const agenda: AgendaItem[] = nominations.map((n) => {
      const nominee = nomineeIdentity(n);
      return {
        nominationId: n.id,
        awardCode: n.awardCode,
        nomineeName: n.nominee.name,
        policy: ruleSet.awards[n.awardCode].voting,
        nominee,
        recused: recusedMembers(members, nominee),
      };
    });
    const meeting: Meeting = {
      id,
      organisationId,
      ...(spec.level === 'department' ? {} : { level: spec.level }),
      status: 'open',
      heldOn,
      ...(input.name ? { name: input.name } : {}),
      openedAt: at,
      openedBy: principal.userId,
      members,
      present: [...input.present],
      agenda,
    };
    await ports.councils.openMeeting(
      meeting,
      judged.map((j) => ({
        current: j.nomination,
        transition: storeTransitionOf(j.nomination, j, principal, {
          // `meetingId` is the meeting in progress; `meetingIds` every meeting that considered it
          // (the Sở's, then the province's), whose signed minutes its dossier shows.
          records: { meetingId: id, meetingIds: [...meetingIdsOf(j.nomination), id] },
          eventData: { meetingId: id },
        }),
      })),
    );
    return meetingView(meeting, new Map());
  };
}
