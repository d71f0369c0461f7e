import type { ChangeLogEntity, RegistryChange } from '../../store/ports/change-log';
import type { Principal } from '../principal';

/** The record's own facts for the log: no version or timestamps (the entry has its own). */
function facts(record: object): Record<string, unknown> {
  const { version: _v, createdAt: _c, updatedAt: _u, ...rest } = record as Record<string, unknown>;
  return rest;
}

/** The change-log entry of a directory write by `principal` at `at`. */
export function registryChange(
  principal: Principal,
  at: string,
  entity: ChangeLogEntity,
  entityId: string,
  after: object,
  before?: object,
): RegistryChange {
  return {
    entity,
    entityId,
    action: before ? 'update' : 'create',
    at,
    actor: { userId: principal.userId, ...(principal.name ? { name: principal.name } : {}) },
    ...(before ? { before: facts(before) } : {}),
    after: facts(after),
  };
}
