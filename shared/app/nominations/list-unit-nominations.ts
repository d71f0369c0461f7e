import type { NominationFilter, PageRequest } from '../../store';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { callerUnit } from './draft-context';
import { type NominationSummary, toSummary } from './present';

export interface NominationPage {
  readonly items: readonly NominationSummary[];
  /** Opaque; pass it back as `cursor` for the next page. */
  readonly cursor?: string;
}

/** The caller's own unit's nominations, oldest first, optionally by state, campaign, year or award. */
export function makeListUnitNominations(ports: Pick<AppPorts, 'nominations'>) {
  return async (
    principal: Principal,
    filter: NominationFilter,
    page: PageRequest,
  ): Promise<NominationPage> => {
    const { unitId } = callerUnit(principal);
    const result = await ports.nominations.listHeadsByUnit(unitId, page, filter);
    return {
      items: result.items.map(toSummary),
      ...(result.cursor === undefined ? {} : { cursor: result.cursor }),
    };
  };
}
