import { NotFoundError } from '../../domain/errors';
import type { Role } from '../../domain/vocabulary';
import type {
  Organisation,
  OrganisationRepository,
  Person,
  PersonRepository,
  Unit,
  Versioned,
} from '../../store';
import type { Principal } from '../principal';

/** The Sở's secretariat, council and director: they work on the whole organisation. */
export const DEPARTMENT_ROLES: readonly Role[] = ['council_secretary', 'council_member', 'director'];
/** The province's Ban TĐKT and leaders: they see every organisation's directory, read-only. */
export const PROVINCE_ROLES: readonly Role[] = ['province_officer', 'province_leader'];

export const hasAnyRole = (principal: Principal, roles: readonly Role[]): boolean =>
  principal.roles.some((role) => roles.includes(role));

export const isAdmin = (principal: Principal): boolean => principal.roles.includes('admin');

/**
 * Who may see an organisation: the admin and the province see all; everyone sees the province's
 * own organisation (its campaigns concern every unit); others see only their own.
 */
export function canSeeOrganisation(principal: Principal, organisation: Organisation): boolean {
  return (
    isAdmin(principal) ||
    hasAnyRole(principal, PROVINCE_ROLES) ||
    organisation.level === 'province' ||
    principal.orgId === organisation.id
  );
}

/** Who may see an organisation's units and people: its own members, the province, the admin. */
export function canSeeInsideOrganisation(principal: Principal, organisationId: string): boolean {
  return isAdmin(principal) || hasAnyRole(principal, PROVINCE_ROLES) || principal.orgId === organisationId;
}

/**
 * Who may read a person: a unit officer of the person's unit only, the Sở's secretariat, council
 * and director, the province (appraisal reads award histories), the admin.
 */
export function canSeePerson(
  principal: Principal,
  person: Pick<Person, 'organisationId' | 'unitId'>,
): boolean {
  if (isAdmin(principal) || hasAnyRole(principal, PROVINCE_ROLES)) return true;
  if (hasAnyRole(principal, DEPARTMENT_ROLES) && principal.orgId === person.organisationId) return true;
  return principal.roles.includes('unit_officer') && principal.unitId === person.unitId;
}

/** Who may create or edit people of a unit: its own unit officers and the admin. */
export function canEditPeopleOf(principal: Principal, unit: Pick<Unit, 'id'>): boolean {
  return isAdmin(principal) || (principal.roles.includes('unit_officer') && principal.unitId === unit.id);
}

const notFound = (entity: string, id: string, message: string) => new NotFoundError(entity, id, message);

/** Loads an organisation the caller may see; another tenant's id answers as a missing one (404). */
export async function loadVisibleOrganisation(
  organisations: Pick<OrganisationRepository, 'getOrganisation'>,
  principal: Principal,
  id: string,
): Promise<Versioned<Organisation>> {
  const organisation = await organisations.getOrganisation(id);
  if (!organisation || !canSeeOrganisation(principal, organisation))
    throw notFound('organisation', id, 'Không tìm thấy cơ quan, đơn vị.');
  return organisation;
}

/** Loads a unit the caller may see (its organisation's members, the province, the admin), or 404. */
export async function loadVisibleUnit(
  organisations: Pick<OrganisationRepository, 'getUnit'>,
  principal: Principal,
  id: string,
): Promise<Versioned<Unit>> {
  const unit = await organisations.getUnit(id);
  if (!unit || !canSeeInsideOrganisation(principal, unit.organisationId))
    throw notFound('unit', id, 'Không tìm thấy phòng, ban, đơn vị.');
  return unit;
}

/** Loads a person the caller may see, or 404. */
export async function loadVisiblePerson(
  persons: Pick<PersonRepository, 'get'>,
  principal: Principal,
  id: string,
): Promise<Versioned<Person>> {
  const person = await persons.get(id);
  if (!person || !canSeePerson(principal, person)) throw notFound('person', id, 'Không tìm thấy cá nhân.');
  return person;
}
