import { ForbiddenError, NotFoundError } from '../../domain/errors';
import type { Page, Unit, Versioned } from '../../store';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import type { NewUnitInput, PageQuery, UnitChangesInput } from './inputs';
import { registryChange } from './registry-change';
import { canSeeInsideOrganisation, loadVisibleOrganisation, loadVisibleUnit } from './visibility';

type Ports = Pick<AppPorts, 'organisations' | 'ids' | 'clock'>;

/** The units of an organisation whose inside the caller may see (its members, province, admin). */
export const makeListUnits =
  ({ organisations }: Pick<Ports, 'organisations'>) =>
  async (
    principal: Principal,
    organisationId: string,
    page: PageQuery = {},
  ): Promise<Page<Versioned<Unit>>> => {
    const organisation = await loadVisibleOrganisation(organisations, principal, organisationId);
    if (!canSeeInsideOrganisation(principal, organisation.id))
      throw new NotFoundError('organisation', organisationId, 'Không tìm thấy cơ quan, đơn vị.');
    return organisations.listUnits(organisation.id, page);
  };

/** One unit, if the caller may see it (404 otherwise). */
export const makeGetUnit =
  ({ organisations }: Pick<Ports, 'organisations'>) =>
  (principal: Principal, id: string): Promise<Versioned<Unit>> =>
    loadVisibleUnit(organisations, principal, id);

/** Adds a unit to an organisation (admins only). */
export const makeCreateUnit =
  ({ organisations, ids, clock }: Ports) =>
  async (principal: Principal, organisationId: string, input: NewUnitInput): Promise<Versioned<Unit>> => {
    if (!principal.roles.includes('admin')) throw new ForbiddenError('ROLE_NOT_ALLOWED');
    const organisation = await loadVisibleOrganisation(organisations, principal, organisationId);
    const unit = {
      id: input.id ?? `unit-${ids.next().toLowerCase()}`,
      organisationId: organisation.id,
      name: input.name,
    };
    const at = clock.now().toISOString();
    return organisations.createUnit(unit, registryChange(principal, at, 'unit', unit.id, unit));
  };

/** Renames a unit (admins only), guarded by the version the caller read. */
export const makeUpdateUnit =
  ({ organisations, clock }: Pick<Ports, 'organisations' | 'clock'>) =>
  async (
    principal: Principal,
    id: string,
    changes: UnitChangesInput,
    expectedVersion?: number,
  ): Promise<Versioned<Unit>> => {
    if (!principal.roles.includes('admin')) throw new ForbiddenError('ROLE_NOT_ALLOWED');
    const current = await loadVisibleUnit(organisations, principal, id);
    const at = clock.now().toISOString();
    return organisations.updateUnit(id, changes, expectedVersion ?? current.version, {
      before: current,
      change: registryChange(principal, at, 'unit', id, { ...current, ...changes }, current),
    });
  };
