import { COUNCIL_SEAT_LABELS } from '../../domain/council-seats';
import { inForceOn } from '../../domain/council-terms';
import { NotFoundError } from '../../domain/errors';
import { vietnamDate } from '../../domain/workflow';
import type { CouncilMemberRecord, CouncilSeat } from '../../store';
import { VOTING_SEATS } from '../../store';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { provinceOrganisationId } from './council-level';

export const SEAT_LABELS: Readonly<Record<CouncilSeat, string>> = COUNCIL_SEAT_LABELS;

const SEAT_ORDER: readonly CouncilSeat[] = ['chair', 'vice_chair', 'member', 'secretary'];

/**
 * A seat as the council's own people and the admin see it (no person record id): with its term,
 * whether it is held `today` (yyyy-mm-dd, Vietnam), and its version (for the admin's If-Match).
 */
export function memberView(m: CouncilMemberRecord, today: string) {
  return {
    memberId: m.memberId,
    name: m.name,
    email: m.email,
    seat: m.seat,
    seatLabel: SEAT_LABELS[m.seat],
    votes: VOTING_SEATS.includes(m.seat),
    ...(m.position ? { position: m.position } : {}),
    ...(m.unitId ? { unitId: m.unitId } : {}),
    ...(m.from ? { from: m.from } : {}),
    ...(m.until ? { until: m.until } : {}),
    inForce: inForceOn(m, today),
    version: m.version ?? 1,
  };
}

/**
 * The council of an organisation: the organisation's own secretariat, members and director, or an
 * admin. Another organisation's council answers 404.
 */
export function makeGetCouncil(ports: Pick<AppPorts, 'councils' | 'organisations' | 'clock'>) {
  return async (principal: Principal, organisationId: string) => {
    const allowed = principal.roles.includes('admin') || principal.orgId === organisationId;
    const organisation = allowed ? await ports.organisations.getOrganisation(organisationId) : undefined;
    if (!organisation) throw new NotFoundError('council', organisationId, 'Không tìm thấy Hội đồng.');
    return {
      organisationId,
      name: `Hội đồng Thi đua – Khen thưởng ${organisation.name}`,
      members: sortSeats(await ports.councils.listMembers(organisationId)).map((m) =>
        memberView(m, vietnamDate(ports.clock.now().toISOString())),
      ),
    };
  };
}

const sortSeats = (members: readonly CouncilMemberRecord[]) =>
  [...members].sort(
    (a, b) => SEAT_ORDER.indexOf(a.seat) - SEAT_ORDER.indexOf(b.seat) || a.name.localeCompare(b.name, 'vi'),
  );

/**
 * The provincial council (Hội đồng TĐKT tỉnh), kept under the province's own organisation: its
 * people (Ban TĐKT, Chủ tịch) and whoever holds a seat on it see it; anyone else gets 404.
 */
export function makeGetProvinceCouncil(ports: Pick<AppPorts, 'councils' | 'organisations' | 'clock'>) {
  return async (principal: Principal) => {
    const organisationId = await provinceOrganisationId(ports.organisations);
    const organisation = organisationId
      ? await ports.organisations.getOrganisation(organisationId)
      : undefined;
    const allowed =
      organisation !== undefined &&
      (principal.orgId === organisation.id ||
        (await ports.councils.getMember(organisation.id, principal.userId)) !== undefined);
    if (!organisation || !allowed) throw new NotFoundError('council', 'province', 'Không tìm thấy Hội đồng.');
    return {
      organisationId: organisation.id,
      level: 'province' as const,
      name: 'Hội đồng Thi đua – Khen thưởng tỉnh',
      members: sortSeats(await ports.councils.listMembers(organisation.id)).map((m) =>
        memberView(m, vietnamDate(ports.clock.now().toISOString())),
      ),
    };
  };
}
