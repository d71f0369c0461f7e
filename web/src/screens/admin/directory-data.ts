import { loadAll } from '../../api/load-all';
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
