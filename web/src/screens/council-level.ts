import { loadAll } from '../api/load-all';
import type { Me, NominationSummary, OrganisationView } from '../api/types';
import { hasRole } from '../lib/me';

/**
 * What differs between a Sở's council and the provincial council on screen: where its meetings
 * live (API and pages), who convenes and closes them, where its agenda comes from. The meeting
 * screens are the same for both, as the API's meeting code is (`shared/app/council/council-level.ts`).
 */
export interface CouncilLevelUi {
  readonly level: 'department' | 'province';
  readonly heading: string;
  /** "Phiên họp Hội đồng" / "Phiên họp Hội đồng TĐKT tỉnh". */
  readonly meetingWord: string;
  /** The pages: `${screenBase}` lists, `${screenBase}/:id` is a meeting. */
  readonly screenBase: string;
  /** The API's meetings collection. */
  readonly apiBase: string;
  councilPath(me: Me): string | undefined;
  /** The secretariat (Sở) or the Ban TĐKT (province): opens and closes meetings. */
  canConvene(me: Me): boolean;
  /** The chair may close too (the seat decides, checked by the API). */
  readonly agendaLegend: string;
  readonly emptyAgenda: string;
  loadAgenda(signal: AbortSignal): Promise<readonly NominationSummary[]>;
}

export const DEPARTMENT_COUNCIL_UI: CouncilLevelUi = {
  level: 'department',
  heading: 'Họp Hội đồng Thi đua – Khen thưởng',
  meetingWord: 'Phiên họp Hội đồng',
  screenBase: '/hoi-dong',
  apiBase: '/council/meetings',
  councilPath: (me) => (me.orgId ? `/organisations/${encodeURIComponent(me.orgId)}/council` : undefined),
  canConvene: (me) => hasRole(me, 'council_secretary'),
  agendaLegend: 'Chương trình: hồ sơ đã tiếp nhận',
  emptyAgenda: 'Chưa có hồ sơ nào được tiếp nhận.',
  loadAgenda: (signal) =>
    loadAll<NominationSummary>('/queues/council', signal, { query: { state: 'accepted' } }),
};

/**
 * The provincial council (Hội đồng TĐKT tỉnh): the Ban TĐKT convenes it for dossiers under the
 * province's review, from every Sở, whose award needs its secret ballot (the API refuses others).
 */
export const PROVINCE_COUNCIL_UI: CouncilLevelUi = {
  level: 'province',
  heading: 'Họp Hội đồng Thi đua – Khen thưởng tỉnh',
  meetingWord: 'Phiên họp Hội đồng TĐKT tỉnh',
  screenBase: '/hoi-dong-tinh',
  apiBase: '/province/council/meetings',
  councilPath: () => '/province/council',
  canConvene: (me) => hasRole(me, 'province_officer'),
  agendaLegend: 'Chương trình: hồ sơ các Sở trình đang thẩm định',
  emptyAgenda: 'Chưa có hồ sơ nào đang thẩm định.',
  loadAgenda: async (signal) => {
    const organisations = await loadAll<OrganisationView>('/organisations', signal);
    const pages = await Promise.all(
      organisations
        .filter((o) => o.level !== 'province')
        .map((o) =>
          loadAll<NominationSummary>('/queues/province', signal, {
            query: { organisationId: o.id, state: 'province_review' },
          }),
        ),
    );
    return pages.flat();
  },
};
