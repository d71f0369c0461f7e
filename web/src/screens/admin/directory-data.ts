import { loadAll } from '../../api/load-all';
import type { OrganisationView, UnitView } from '../../api/types';
import { viCollator } from '../../lib/format';
import { type Loaded, useLoad } from '../../lib/use-load';

export type OrganisationRecord = OrganisationView;
export type UnitRecord = UnitView;

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
