/** Cờ thi đua của UBND tỉnh (Điều 26, wording unconfirmed): leads its khối/cụm and is TTLĐXS this year. */
import { type RuleResult, ruleResult } from '../results';
import type { RuleId } from '../types';
import { COLLECTIVE_TITLE_EVALUATORS } from './collective-titles';
import type { RuleEvaluators } from './context';

const TTLDXS_CRITERIA: readonly RuleId[] = [
  'TTLDXS.task_rating',
  'TTLDXS.all_complete',
  'TTLDXS.ldtt_share',
  'TTLDXS.cstdcs_member',
];

export const CO_TINH_EVALUATORS: RuleEvaluators = {
  'CO_TINH.leads_cluster': ({ input, ruleSet }) => {
    if (input.nominee.subject !== 'collective') return null;
    const leads = input.nominee.leadsEmulationCluster;
    if (leads == null) {
      return ruleResult(
        ruleSet,
        'CO_TINH.leads_cluster',
        'needs_evidence',
        'Chưa có biên bản suy tôn của khối, cụm thi đua.',
      );
    }
    return leads
      ? ruleResult(ruleSet, 'CO_TINH.leads_cluster', 'passed', 'Được suy tôn dẫn đầu khối, cụm thi đua.')
      : ruleResult(ruleSet, 'CO_TINH.leads_cluster', 'failed', 'Không dẫn đầu khối, cụm thi đua.');
  },

  // TTLĐXS and the Cờ are often decided in the same provincial decision, so meeting the criteria is enough.
  'CO_TINH.ttldxs': (ctx) => {
    const { input, ruleSet } = ctx;
    const held = input.history.some(
      (h) =>
        h.award === 'TTLDXS' && h.year === input.year && h.track === 'annual' && !h.pending && !h.revoked,
    );
    if (held)
      return ruleResult(
        ruleSet,
        'CO_TINH.ttldxs',
        'passed',
        `Đã được tặng "Tập thể lao động xuất sắc" năm ${input.year}.`,
      );
    const criteria = TTLDXS_CRITERIA.map((id) => COLLECTIVE_TITLE_EVALUATORS[id]?.(ctx)).filter(
      (r): r is RuleResult => r != null,
    );
    const failed = criteria.filter((r) => r.status === 'failed');
    if (failed.length > 0) {
      return ruleResult(
        ruleSet,
        'CO_TINH.ttldxs',
        'failed',
        `Chưa đạt tiêu chuẩn "Tập thể lao động xuất sắc" năm ${input.year}: ${failed.map((r) => r.message).join(' ')}`,
        { criteria: failed.map((r) => r.ruleId) },
      );
    }
    return criteria.some((r) => r.status === 'needs_evidence')
      ? ruleResult(
          ruleSet,
          'CO_TINH.ttldxs',
          'needs_evidence',
          `Chưa đủ căn cứ xác định "Tập thể lao động xuất sắc" năm ${input.year}.`,
        )
      : ruleResult(
          ruleSet,
          'CO_TINH.ttldxs',
          'passed',
          `Đủ tiêu chuẩn "Tập thể lao động xuất sắc" năm ${input.year} (xét đồng thời).`,
        );
  },
};
