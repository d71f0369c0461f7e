/**
 * The addresses the system stopped mailing (a permanent bounce or a complaint), with when and
 * why, for the secretariat: only those of the caller's organisation's directory (its own contact
 * addresses, its units', its council seats'), so a Sở never sees another's. Nominees' personal
 * addresses are not in the directory and are not listed.
 */
import { ForbiddenError, NotFoundError } from '../../domain/errors';
import type { Suppression, SuppressionList } from '../../mail/ports';
import { allPages } from '../../store/all-pages';
import { registryChange } from '../directory/registry-change';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';

export interface SuppressedAddress extends Suppression {
  /** Where the organisation's directory holds the address: `organisation`, `unit:<id>`, `council`. */
  readonly usedBy: readonly string[];
}

type DirectoryPorts = Pick<AppPorts, 'organisations' | 'councils'>;

/** Where the organisation's directory holds each address: `organisation`, `unit:<id>`, `council`. */
async function directoryAddresses(
  ports: DirectoryPorts,
  organisationId: string,
): Promise<Map<string, string[]>> {
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
  return usedBy;
}

/**
 * The secretariat mails an address again once it is fixed (the mailbox is full no more, the
 * complaint was a mistake): only an address of its own organisation's directory, with a reason,
 * the suppression removed and the change logged in one transaction (who, when, why, the record
 * before). Another organisation's address, or one not suppressed: 404.
 */
export function makeLiftSuppression(
  ports: DirectoryPorts &
    Pick<AppPorts, 'clock'> & { readonly suppressions: Pick<SuppressionList, 'lookup' | 'lift'> },
) {
  return async (
    principal: Principal,
    input: { readonly address: string; readonly reason: string },
  ): Promise<{ address: string; liftedAt: string }> => {
    const organisationId = principal.orgId;
    if (!organisationId) {
      throw new ForbiddenError('NO_ORGANISATION', 'Tài khoản của bạn chưa được gắn với cơ quan nào.');
    }
    const address = input.address.trim().toLowerCase();
    const notFound = () =>
      new NotFoundError(
        'mail_suppression',
        address,
        'Địa chỉ này không nằm trong danh sách ngừng gửi thư của cơ quan.',
      );
    const usedBy = await directoryAddresses(ports, organisationId);
    if (!usedBy.has(address)) throw notFound();
    const [before] = await ports.suppressions.lookup([address]);
    if (!before) throw notFound();
    const at = ports.clock.now().toISOString();
    await ports.suppressions.lift(address, {
      ...registryChange(principal, at, 'mail_suppression', address, { address, lifted: true }, before),
      reason: input.reason,
    });
    return { address, liftedAt: at };
  };
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
    const usedBy = await directoryAddresses(ports, organisationId);
    const found = await ports.suppressions.lookup([...usedBy.keys()]);
    const items = found
      .map((s) => ({ ...s, usedBy: [...new Set(usedBy.get(s.address) ?? [])] }))
      .sort((a, b) => b.at.localeCompare(a.at) || a.address.localeCompare(b.address));
    return { items };
  };
}
