/**
 * The addresses the system stopped mailing (a permanent bounce or a complaint), with when and
 * why, for the secretariat: only those of the caller's organisation's directory (its own contact
 * addresses, its units', its council seats'), so a Sở never sees another's. Nominees' personal
 * addresses are not in the directory and are not listed.
 */
import { ForbiddenError } from '../../domain/errors';
import type { Suppression, SuppressionList } from '../../mail/ports';
import { allPages } from '../../store/all-pages';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';

export interface SuppressedAddress extends Suppression {
  /** Where the organisation's directory holds the address: `organisation`, `unit:<id>`, `council`. */
  readonly usedBy: readonly string[];
}

export function makeListSuppressedAddresses(
  ports: Pick<AppPorts, 'organisations' | 'councils'> & {
    readonly suppressions: Pick<SuppressionList, 'lookup'>;
  },
) {
  return async (principal: Principal): Promise<{ items: SuppressedAddress[] }> => {
    const organisationId = principal.orgId;
    if (!organisationId) {
      throw new ForbiddenError('NO_ORGANISATION', 'Tài khoản của bạn chưa được gắn với cơ quan nào.');
    }
    const usedBy = new Map<string, string[]>();
    const add = (addresses: readonly string[] | undefined, where: string) => {
      for (const raw of addresses ?? []) {
        const address = raw.trim().toLowerCase();
        if (address) usedBy.set(address, [...(usedBy.get(address) ?? []), where]);
      }
    };
    const [organisation, units, seats] = await Promise.all([
      ports.organisations.getOrganisation(organisationId),
      allPages((page) => ports.organisations.listUnits(organisationId, page)),
      ports.councils.listMembers(organisationId),
    ]);
    add(organisation?.contactEmails, 'organisation');
    for (const unit of units) add(unit.contactEmails, `unit:${unit.id}`);
    add(
      seats.map((s) => s.email),
      'council',
    );
    const found = await ports.suppressions.lookup([...usedBy.keys()]);
    const items = found
      .map((s) => ({ ...s, usedBy: [...new Set(usedBy.get(s.address) ?? [])] }))
      .sort((a, b) => b.at.localeCompare(a.at) || a.address.localeCompare(b.address));
    return { items };
  };
}
