/**
 * How the sector's statistics group a nomination's state (drafts are not counted: nothing was
 * proposed yet). One place, so the leaders' dashboard, its export and its tests agree.
 */
import type { NominationState } from './states';

export const STATISTICS_STAGES = [
  'sent',
  'proposed',
  'approved',
  'awarded',
  'not_passed',
  'withdrawn',
  'revoked',
] as const;
export type StatisticsStage = (typeof STATISTICS_STAGES)[number];

export const STATISTICS_STAGE_LABELS: Readonly<Record<StatisticsStage, string>> = {
  sent: 'Đơn vị đã gửi, đang thẩm định',
  proposed: 'Đã tiếp nhận, chờ Hội đồng',
  approved: 'Hội đồng đã thông qua, chờ quyết định',
  awarded: 'Đã có quyết định khen thưởng',
  not_passed: 'Không được thông qua',
  withdrawn: 'Đơn vị rút đề nghị',
  revoked: 'Bị hủy bỏ khen thưởng',
};

const STAGE_OF: Readonly<Record<NominationState, StatisticsStage | undefined>> = {
  draft: undefined,
  submitted: 'sent',
  returned: 'sent',
  accepted: 'proposed',
  in_council: 'proposed',
  council_passed: 'approved',
  forwarded: 'approved',
  province_review: 'approved',
  province_returned: 'approved',
  in_province_council: 'approved',
  province_approved: 'approved',
  forwarded_to_central: 'approved',
  decided: 'awarded',
  decided_by_province: 'awarded',
  council_failed: 'not_passed',
  province_rejected: 'not_passed',
  withdrawn: 'withdrawn',
  revoked: 'revoked',
};

/** The stage a nomination in `state` is counted in; `undefined` for a draft. */
export const statisticsStage = (state: string): StatisticsStage | undefined =>
  STAGE_OF[state as NominationState];

export type StageCounts = Readonly<Record<StatisticsStage, number>> & { readonly total: number };

export const noCounts = (): Record<StatisticsStage | 'total', number> => ({
  sent: 0,
  proposed: 0,
  approved: 0,
  awarded: 0,
  not_passed: 0,
  withdrawn: 0,
  revoked: 0,
  total: 0,
});
