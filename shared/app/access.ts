import { NotFoundError } from '../domain/errors';
import type { Role } from '../domain/vocabulary';
import type { Nomination, NominationRepository } from '../store';
import type { Principal } from './principal';

const DEPARTMENT_ROLES: readonly Role[] = ['council_secretary', 'council_member', 'director'];
const PROVINCE_ROLES: readonly Role[] = ['province_officer', 'province_leader'];

const has = (principal: Principal, roles: readonly Role[]) =>
  principal.roles.some((role) => roles.includes(role));

/**
 * Who may see a nomination: its own unit; its own Sở's secretariat, council and director; the
 * province once the Sở has forwarded it (a tờ trình is recorded). Nobody else — not even an admin,
 * whose work is the directory and the users, not the dossiers.
 */
export function canSeeNomination(
  principal: Principal,
  nomination: Pick<Nomination, 'unitId' | 'organisationId' | 'records'>,
): boolean {
  if (principal.roles.includes('unit_officer') && principal.unitId === nomination.unitId) return true;
  if (has(principal, DEPARTMENT_ROLES) && principal.orgId === nomination.organisationId) return true;
  if (has(principal, PROVINCE_ROLES) && nomination.records?.submissionLetter !== undefined) return true;
  return false;
}

/**
 * Loads a nomination the caller may see. Another tenant's id answers exactly as a missing one
 * does (404), so ids cannot be probed.
 */
export async function loadVisibleNomination(
  nominations: Pick<NominationRepository, 'get'>,
  principal: Principal,
  id: string,
): Promise<Nomination> {
  const nomination = await nominations.get(id);
  if (!nomination || !canSeeNomination(principal, nomination)) {
    throw new NotFoundError('nomination', id, 'Không tìm thấy hồ sơ đề nghị.');
  }
  return nomination;
}

/**
 * Loads several nominations the caller may see, in the order asked, in as few reads as the store
 * allows (`getMany`: one per hundred). Any one missing or out of sight answers as
 * `loadVisibleNomination` does for it (404, naming it), and nothing is acted on.
 */
export async function loadVisibleNominations(
  nominations: Pick<NominationRepository, 'getMany'>,
  principal: Principal,
  ids: readonly string[],
): Promise<Nomination[]> {
  const found = new Map((await nominations.getMany(ids)).map((n) => [n.id, n]));
  return ids.map((id) => {
    const nomination = found.get(id);
    if (!nomination || !canSeeNomination(principal, nomination)) {
      throw new NotFoundError('nomination', id, 'Không tìm thấy hồ sơ đề nghị.');
    }
    return nomination;
  });
}
