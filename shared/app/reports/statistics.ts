/**
 * The leaders' statistics of a year: nominations by award, by organisation and by stage, for the
 * caller's own Sở (its secretariat and director) or every Sở (the province). Drafts are not
 * counted; a nomination counts in the year of its achievement.
 */
import { ForbiddenError } from '../../domain/errors';
import type { AwardCode } from '../../domain/vocabulary';
import { vietnamDate, vietnamYearStart } from '../../domain/workflow/guards';
import { NOMINATION_STATES } from '../../domain/workflow/states';
import {
  noCounts,
  type StageCounts,
  type StatisticsStage,
  statisticsStage,
} from '../../domain/workflow/statistics-stage';
import { allPages } from '../../store/all-pages';
import { hasAnyRole, PROVINCE_ROLES } from '../directory/visibility';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';

export interface Statistics {
  readonly year: number;
  readonly asOf: string;
  readonly scope: 'organisation' | 'province';
  readonly totals: StageCounts;
  readonly byAward: readonly { readonly awardCode: AwardCode; readonly counts: StageCounts }[];
  readonly byOrganisation: readonly {
    readonly organisationId: string;
    readonly name: string;
    readonly counts: StageCounts;
  }[];
}

const COUNTED_STATES = NOMINATION_STATES.filter((s) => s !== 'draft');

export function makeGetStatistics(ports: Pick<AppPorts, 'nominations' | 'organisations' | 'clock'>) {
  return async (principal: Principal, query: { readonly year?: number | undefined }): Promise<Statistics> => {
    const asOf = vietnamDate(ports.clock.now().toISOString());
    const year = query.year ?? Number(asOf.slice(0, 4));
    const province = hasAnyRole(principal, PROVINCE_ROLES);
    if (!province && !principal.orgId) {
      throw new ForbiddenError('NO_ORGANISATION', 'Tài khoản của bạn chưa được gắn với cơ quan nào.');
    }
    const organisations = province
      ? await allPages((page) => ports.organisations.listOrganisations(page))
      : [await ports.organisations.getOrganisation(principal.orgId ?? '')].filter((o) => o !== undefined);
    // A nomination of year Y is first written in Y: the bound skips older years' items unread.
    const range = { updatedFrom: vietnamYearStart(year) };
    const totals = noCounts();
    const byAward = new Map<AwardCode, ReturnType<typeof noCounts>>();
    const byOrganisation = await Promise.all(
      organisations.map(async (organisation) => {
        const counts = noCounts();
        const lists = await Promise.all(
          COUNTED_STATES.map((state) =>
            allPages((page) => ports.nominations.listHeadsByOrgAndState(organisation.id, state, page, range)),
          ),
        );
        for (const n of lists.flat()) {
          const stage: StatisticsStage | undefined = statisticsStage(n.state);
          if (n.year !== year || !stage) continue;
          const award = byAward.get(n.awardCode) ?? noCounts();
          byAward.set(n.awardCode, award);
          for (const c of [counts, award, totals]) {
            c[stage] += 1;
            c.total += 1;
          }
        }
        return { organisationId: organisation.id, name: organisation.name, counts };
      }),
    );
    return {
      year,
      asOf,
      scope: province ? 'province' : 'organisation',
      totals,
      byAward: [...byAward.entries()]
        .map(([awardCode, counts]) => ({ awardCode, counts }))
        .sort((a, b) => b.counts.total - a.counts.total || a.awardCode.localeCompare(b.awardCode)),
      byOrganisation: byOrganisation.filter((o) => o.counts.total > 0 || !province),
    };
  };
}
