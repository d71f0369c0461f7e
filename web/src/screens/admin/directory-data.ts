import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { viCollator } from '../../lib/format';
import { type Loaded, useLoad } from '../../lib/use-load';

export interface OrganisationRecord {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly level?: 'province' | 'department';
  readonly contactEmails?: readonly string[];
  readonly version?: number;
}

export interface UnitRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  readonly contactEmails?: readonly string[];
  readonly version?: number;
}

export interface Directory {
  readonly organisations: readonly OrganisationRecord[];
  readonly units: readonly UnitRecord[];
}

/** Every page of a list (the directory is small: tens of organisations, hundreds of users). */
export async function loadAll<T>(path: string, signal: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const answer = await api.get<Page<T>>(path, { signal, query: { limit: 100, cursor } });
    items.push(...answer.items);
    cursor = answer.cursor;
    if (!cursor) break;
  }
  return items;
}

/** Organisations (province first, then by Vietnamese name) and all their units. */
export function useDirectory(): Loaded<Directory> {
  return useLoad(async (signal) => {
    const organisations = (await loadAll<OrganisationRecord>('/organisations', signal)).sort(
      (a, b) =>
        Number(b.level === 'province') - Number(a.level === 'province') || viCollator.compare(a.name, b.name),
    );
    const units = (
      await Promise.all(
        organisations.map((o) =>
          loadAll<UnitRecord>(`/organisations/${encodeURIComponent(o.id)}/units`, signal),
        ),
      )
    ).flat();
    return { organisations, units };
  }, []);
}
