/** National titles and orders: the province forwards them upward; the system records that and stops. */
import type { AwardCode } from '../../vocabulary';
import { ruleResult } from '../results';
import type { RuleId } from '../types';
import type { RuleEvaluator, RuleEvaluators } from './context';

const DECIDER: Readonly<Record<'CSTD_TQ' | 'CO_CP' | 'BK_TTG' | 'HCLD', string>> = {
  CSTD_TQ: 'Thủ tướng Chính phủ',
  CO_CP: 'Thủ tướng Chính phủ',
  BK_TTG: 'Thủ tướng Chính phủ',
  HCLD: 'Chủ tịch nước',
};

function forwarded(award: keyof typeof DECIDER, ruleId: RuleId): RuleEvaluator {
  return ({ ruleSet }) =>
    ruleResult(
      ruleSet,
      ruleId,
      'forwarded',
      `"${ruleSet.awards[award as AwardCode].name}" do ${DECIDER[award]} quyết định: tỉnh trình lên cấp trên, tiêu chuẩn do Trung ương thẩm định.`,
    );
}

export const NATIONAL_EVALUATORS: RuleEvaluators = {
  'CSTD_TQ.forwarded': forwarded('CSTD_TQ', 'CSTD_TQ.forwarded'),
  'CO_CP.forwarded': forwarded('CO_CP', 'CO_CP.forwarded'),
  'BK_TTG.forwarded': forwarded('BK_TTG', 'BK_TTG.forwarded'),
  'HCLD.forwarded': forwarded('HCLD', 'HCLD.forwarded'),
};
