import { ForbiddenError } from '../../domain/errors';
import type { Page, PageRequest } from '../../store';
import type { ChangeLog, ChangeLogEntity, RegistryChange } from '../../store/ports/change-log';
import type { Principal } from '../principal';

/** A directory record's change log, oldest first; admins only. */
export const makeListRegistryChanges =
  (ports: { readonly changeLog: ChangeLog }) =>
  (
    principal: Principal,
    entity: ChangeLogEntity,
    id: string,
    page: PageRequest = {},
  ): Promise<Page<RegistryChange>> => {
    if (!principal.roles.includes('admin')) throw new ForbiddenError('ROLE_NOT_ALLOWED');
    return ports.changeLog.list(entity, id, page);
  };
