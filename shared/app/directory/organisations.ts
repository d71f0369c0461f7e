import { ForbiddenError } from '../../domain/errors';
import type { Organisation, Page, Versioned } from '../../store';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import type { NewOrganisationInput, OrganisationChangesInput, PageQuery } from './inputs';
import { registryChange } from './registry-change';
import { canSeeOrganisation, loadVisibleOrganisation } from './visibility';

type Ports = Pick<AppPorts, 'organisations' | 'ids' | 'clock'>;

/**
 * The organisations the caller may see: all of them for the admin and the province; otherwise
 * the caller's own and the province's. The list is one small partition (dozens of items), so
 * filtering the page is exact enough; pages stay those of the store.
 */
export const makeListOrganisations =
  ({ organisations }: Pick<Ports, 'organisations'>) =>
  async (principal: Principal, page: PageQuery = {}): Promise<Page<Versioned<Organisation>>> => {
    const result = await organisations.listOrganisations(page);
    return { ...result, items: result.items.filter((org) => canSeeOrganisation(principal, org)) };
  };

/** One organisation, if the caller may see it (404 otherwise). */
export const makeGetOrganisation =
  ({ organisations }: Pick<Ports, 'organisations'>) =>
  (principal: Principal, id: string): Promise<Versioned<Organisation>> =>
    loadVisibleOrganisation(organisations, principal, id);

/** Creates an organisation (admins only; an existing id is `ALREADY_EXISTS`, 409). */
export const makeCreateOrganisation =
  ({ organisations, ids, clock }: Ports) =>
  (principal: Principal, input: NewOrganisationInput): Promise<Versioned<Organisation>> => {
    if (!principal.roles.includes('admin')) throw new ForbiddenError('ROLE_NOT_ALLOWED');
    const organisation = {
      id: input.id ?? `org-${ids.next().toLowerCase()}`,
      code: input.code,
      name: input.name,
      level: input.level,
    };
    const at = clock.now().toISOString();
    return organisations.createOrganisation(
      organisation,
      registryChange(principal, at, 'organisation', organisation.id, organisation),
    );
  };

/** Renames or re-codes an organisation (admins only), guarded by the version the caller read. */
export const makeUpdateOrganisation =
  ({ organisations, clock }: Pick<Ports, 'organisations' | 'clock'>) =>
  async (
    principal: Principal,
    id: string,
    changes: OrganisationChangesInput,
    expectedVersion?: number,
  ): Promise<Versioned<Organisation>> => {
    if (!principal.roles.includes('admin')) throw new ForbiddenError('ROLE_NOT_ALLOWED');
    const current = await loadVisibleOrganisation(organisations, principal, id);
    const at = clock.now().toISOString();
    return organisations.updateOrganisation(id, changes, expectedVersion ?? current.version, {
      before: current,
      change: registryChange(principal, at, 'organisation', id, { ...current, ...changes }, current),
    });
  };
