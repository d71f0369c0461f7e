import { ForbiddenError, ValidationError } from '../../domain/errors';
import type { UserDirectory } from '../../users';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { registryChange } from './registry-change';
import { loadVisiblePerson } from './visibility';

const invalid = (code: string, message: string) =>
  new ValidationError([{ path: 'body.userId', code, message }], message);

/**
 * The admin links a staff record to the user account its person signs in with (or unlinks it):
 * one account, one person, of the same organisation; audited in the person's change log. The
 * link lets a council seat know whom its holder is, so the holder stands aside when nominated.
 */
export const makeLinkAccount =
  (ports: Pick<AppPorts, 'persons' | 'clock'> & { readonly users?: UserDirectory }) =>
  async (principal: Principal, personId: string, userId: string | null, expectedVersion?: number) => {
    if (!principal.roles.includes('admin')) throw new ForbiddenError('ROLE_NOT_ALLOWED');
    const person = await loadVisiblePerson(ports.persons, principal, personId);
    if (userId !== null) {
      if (!ports.users) throw new Error('the user directory is not configured (USER_POOL_ID)');
      const user = await ports.users.get(userId);
      if (!user) throw invalid('unknown_user', 'Không tìm thấy người dùng.');
      if (user.orgId !== person.organisationId)
        throw invalid('other_organisation', 'Người dùng này không thuộc cơ quan của cán bộ.');
    }
    const at = ports.clock.now().toISOString();
    const { userId: _before, ...rest } = person;
    const after = userId === null ? rest : { ...rest, userId };
    return ports.persons.linkAccount(
      person,
      userId,
      expectedVersion ?? person.version,
      registryChange(principal, at, 'person', person.id, after, person),
    );
  };
