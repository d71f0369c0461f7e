import { NotFoundError } from '../../domain/errors';
import type { Principal } from '../../http/principal';
import type { CouncilMemberRecord, CouncilSeat } from '../../store';
import { VOTING_SEATS } from '../../store';
import type { AppPorts } from '../ports';

export const SEAT_LABELS: Readonly<Record<CouncilSeat, string>> = {
  chair: 'Chủ tịch Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  secretary: 'Thư ký Hội đồng',
  member: 'Ủy viên',
};

const SEAT_ORDER: readonly CouncilSeat[] = ['chair', 'vice_chair', 'member', 'secretary'];

/** A seat as the council's own people and the admin see it (no person record id). */
export function memberView(m: CouncilMemberRecord) {
  return {
    memberId: m.memberId,
    name: m.name,
    email: m.email,
    seat: m.seat,
    seatLabel: SEAT_LABELS[m.seat],
    votes: VOTING_SEATS.includes(m.seat),
    ...(m.position ? { position: m.position } : {}),
    ...(m.unitId ? { unitId: m.unitId } : {}),
  };
}

/**
 * The council of an organisation: the organisation's own secretariat, members and director, or an
 * admin. Another organisation's council answers 404.
 */
export function makeGetCouncil(ports: Pick<AppPorts, 'councils' | 'organisations'>) {
  return async (principal: Principal, organisationId: string) => {
    const allowed = principal.roles.includes('admin') || principal.orgId === organisationId;
    const organisation = allowed ? await ports.organisations.getOrganisation(organisationId) : undefined;
    if (!organisation) throw new NotFoundError('council', organisationId, 'Không tìm thấy Hội đồng.');
    const members = [...(await ports.councils.listMembers(organisationId))].sort(
      (a, b) => SEAT_ORDER.indexOf(a.seat) - SEAT_ORDER.indexOf(b.seat) || a.name.localeCompare(b.name, 'vi'),
    );
    return {
      organisationId,
      name: `Hội đồng Thi đua – Khen thưởng ${organisation.name}`,
      members: members.map(memberView),
    };
  };
}
