import { isValidTerm } from '../../domain/council-terms';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import type { Role } from '../../domain/vocabulary';
import { vietnamDate } from '../../domain/workflow';
import {
  type CouncilMemberRecord,
  type CouncilSeat,
  type Page,
  type PageRequest,
  type SeatChanges,
  VOTING_SEATS,
} from '../../store';
import type { ChangeLog, RegistryChange } from '../../store/ports/change-log';
import type { DirectoryUser, UserDirectory } from '../../users';
import { registryChange } from '../directory/registry-change';
import { makeListRegistryChanges } from '../directory/registry-changes';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { provinceOrganisationId } from './council-level';
import { memberView } from './get-council';
import type { NewSeatInput, SeatChangesInput } from './seat-inputs';

type Ports = Pick<AppPorts, 'councils' | 'organisations' | 'clock'>;

function requireAdmin(principal: Principal): void {
  if (!principal.roles.includes('admin')) throw new ForbiddenError('ROLE_NOT_ALLOWED');
}

const invalid = (path: string, code: string, message: string) =>
  new ValidationError([{ path, code, message }], message);

/**
 * The roles a seat needs so its holder can act in it: voting seats vote through the council
 * member's routes; the secretary of a Sở's council is its secretariat, the provincial council's
 * standing secretary the Ban TĐKT's officer.
 */
function rolesFor(seat: CouncilSeat, province: boolean): readonly Role[] {
  if (VOTING_SEATS.includes(seat)) return ['council_member'];
  return province ? ['province_officer'] : ['council_secretary'];
}

const ROLE_WORDS: Readonly<Record<string, string>> = {
  council_member: 'Thành viên Hội đồng TĐKT',
  council_secretary: 'Thư ký Hội đồng TĐKT Sở',
  province_officer: 'Chuyên viên Ban Thi đua – Khen thưởng tỉnh',
};

function checkHolder(
  user: DirectoryUser,
  seat: CouncilSeat,
  organisationId: string,
  province: boolean,
): void {
  if (!user.enabled) throw invalid('body.userId', 'user_disabled', 'Tài khoản này đã bị vô hiệu hóa.');
  // A Sở's council is its own people; the provincial council seats people of any organisation.
  if (!province && user.orgId !== organisationId)
    throw invalid('body.userId', 'other_organisation', 'Người dùng này không thuộc cơ quan của Hội đồng.');
  const needed = rolesFor(seat, province);
  if (!needed.some((role) => user.roles.includes(role)))
    throw invalid(
      'body.seat',
      'role_missing',
      `Người dùng chưa có vai trò "${needed.map((r) => ROLE_WORDS[r] ?? r).join('" hoặc "')}"; hãy thêm vai trò ở màn hình Người dùng trước.`,
    );
}

async function councilOrganisation(ports: Pick<AppPorts, 'organisations'>, organisationId: string) {
  const organisation = await ports.organisations.getOrganisation(organisationId);
  if (!organisation) throw new NotFoundError('council', organisationId, 'Không tìm thấy Hội đồng.');
  const province = (await provinceOrganisationId(ports.organisations)) === organisationId;
  return { organisation, province };
}

const seatEntityId = (m: Pick<CouncilMemberRecord, 'organisationId' | 'memberId'>) =>
  `${m.organisationId}/${m.memberId}`;

/** An admin seats a user on an organisation's council (or the province's) for a term. */
export const makeSeatMember =
  (ports: Ports & { readonly users?: UserDirectory }) =>
  async (principal: Principal, organisationId: string, input: NewSeatInput) => {
    requireAdmin(principal);
    const { province } = await councilOrganisation(ports, organisationId);
    if (!isValidTerm(input))
      throw invalid('body.until', 'term_order', 'Ngày thôi giữ ghế phải sau ngày bắt đầu.');
    if (!ports.users) throw new Error('the user directory is not configured (USER_POOL_ID)');
    const user = await ports.users.get(input.userId);
    if (!user) throw invalid('body.userId', 'unknown_user', 'Không tìm thấy người dùng.');
    checkHolder(user, input.seat, organisationId, province);
    const unitId = input.unitId ?? user.unitId;
    if (unitId) {
      const unit = await ports.organisations.getUnit(unitId);
      if (!unit) throw invalid('body.unitId', 'unknown_unit', 'Không tìm thấy phòng, ban, đơn vị.');
    }
    const seat = {
      organisationId,
      memberId: user.id,
      email: user.email,
      name: user.name,
      seat: input.seat,
      ...(input.position ? { position: input.position } : {}),
      ...(unitId ? { unitId } : {}),
      from: input.from,
      ...(input.until ? { until: input.until } : {}),
    };
    const at = ports.clock.now().toISOString();
    const stored = await ports.councils.seatMember(
      seat,
      registryChange(principal, at, 'council_seat', seatEntityId(seat), seat),
    );
    return seatView(stored, at);
  };

/** An admin changes a seat (role, office, unit, term; `until` unseats), at the version they read. */
export const makeUpdateSeat =
  (ports: Ports & { readonly users?: UserDirectory }) =>
  async (
    principal: Principal,
    organisationId: string,
    memberId: string,
    input: SeatChangesInput,
    expectedVersion: number | undefined,
  ) => {
    requireAdmin(principal);
    const { province } = await councilOrganisation(ports, organisationId);
    const current = await ports.councils.getMember(organisationId, memberId);
    if (!current) throw new NotFoundError('council_seat', memberId, 'Không tìm thấy ghế trong Hội đồng.');
    const changes: SeatChanges = input;
    const term = {
      from: changes.from ?? current.from,
      until: changes.until === null ? undefined : (changes.until ?? current.until),
    };
    if (!isValidTerm(term))
      throw invalid('body.until', 'term_order', 'Ngày thôi giữ ghế phải sau ngày bắt đầu.');
    if (changes.seat && changes.seat !== current.seat && ports.users) {
      const user = await ports.users.get(memberId);
      if (user) checkHolder(user, changes.seat, organisationId, province);
    }
    if (typeof changes.unitId === 'string' && !(await ports.organisations.getUnit(changes.unitId)))
      throw invalid('body.unitId', 'unknown_unit', 'Không tìm thấy phòng, ban, đơn vị.');
    const version = current.version ?? 1;
    const at = ports.clock.now().toISOString();
    const after: Record<string, unknown> = { ...current, ...changes };
    for (const [name, value] of Object.entries(after)) if (value === null) delete after[name];
    const updated = await ports.councils.updateSeat(
      current,
      changes,
      expectedVersion ?? version,
      registryChange(principal, at, 'council_seat', seatEntityId(current), after, current),
    );
    return seatView(updated, at);
  };

/** A seat's change log (who seated, moved or unseated whom, when, before and after); admins only. */
export const makeListSeatChanges =
  (ports: Pick<AppPorts, 'councils'> & { readonly changeLog: ChangeLog }) =>
  async (
    principal: Principal,
    organisationId: string,
    memberId: string,
    page: PageRequest = {},
  ): Promise<Page<RegistryChange>> => {
    requireAdmin(principal);
    const seat = await ports.councils.getMember(organisationId, memberId);
    if (!seat) throw new NotFoundError('council_seat', memberId, 'Không tìm thấy ghế trong Hội đồng.');
    return makeListRegistryChanges(ports)(principal, 'council_seat', seatEntityId(seat), page);
  };

/** A seat as the admin's screen shows it, held or not on `at`'s day. */
const seatView = (m: CouncilMemberRecord, at: string) => memberView(m, vietnamDate(at));
