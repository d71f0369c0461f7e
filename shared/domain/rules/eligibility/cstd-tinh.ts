/** Chiến sĩ thi đua cấp tỉnh (Điều 22 Luật TĐKT 2022): 3 consecutive annual CSTĐCS + a provincial-reach initiative. */
import { consecutiveAnnualRun } from '../history';
import { ruleResult } from '../results';
import { INITIATIVE_SCOPE_LABELS, INITIATIVE_SCOPES } from '../types';
import { pickInitiatives, type RuleEvaluators, usedElsewhereNote } from './context';
import { describeRun } from './describe';

export const CSTD_TINH_EVALUATORS: RuleEvaluators = {
  'CSTD_TINH.consecutive_cstdcs': ({ input, ruleSet }) => {
    const { years } = ruleSet.params['CSTD_TINH.consecutive_cstdcs'];
    const run = consecutiveAnnualRun(input.history, 'CSTDCS', input.year);
    const text = describeRun('Chiến sĩ thi đua cơ sở', run, years);
    const details = { years: run.years, pendingYears: run.pendingYears };
    if (run.years.length < years)
      return ruleResult(ruleSet, 'CSTD_TINH.consecutive_cstdcs', 'failed', text, details);
    const counted = run.years.slice(0, years);
    const pending = run.pendingYears.filter((y) => counted.includes(y));
    return pending.length > 0
      ? ruleResult(
          ruleSet,
          'CSTD_TINH.consecutive_cstdcs',
          'needs_evidence',
          `${text} Cần quyết định công nhận "Chiến sĩ thi đua cơ sở" năm ${pending.join(', ')}.`,
          details,
        )
      : ruleResult(ruleSet, 'CSTD_TINH.consecutive_cstdcs', 'passed', text, details);
  },

  'CSTD_TINH.initiative_reach': ({ input, ruleSet }) => {
    const { minScope } = ruleSet.params['CSTD_TINH.initiative_reach'];
    const reach = (scope: (typeof INITIATIVE_SCOPES)[number]) =>
      INITIATIVE_SCOPES.indexOf(scope) >= INITIATIVE_SCOPES.indexOf(minScope);
    const claims = input.nominee.initiatives ?? [];
    const wide = claims.filter((i) => reach(i.scope));
    const pick = pickInitiatives(
      input,
      wide.filter((i) => i.certificateRef !== null),
      1,
    );
    const [certified] = pick.chosen;
    const scopeLabel = INITIATIVE_SCOPE_LABELS[minScope];
    if (certified) {
      return ruleResult(
        ruleSet,
        'CSTD_TINH.initiative_reach',
        'passed',
        `Sáng kiến, đề tài "${certified.title}" (${certified.id}) được công nhận phạm vi ${INITIATIVE_SCOPE_LABELS[certified.scope]}.${usedElsewhereNote(ruleSet, pick)}`,
        { initiativeIds: [certified.id] },
      );
    }
    if (wide.length > 0) {
      return ruleResult(
        ruleSet,
        'CSTD_TINH.initiative_reach',
        'needs_evidence',
        `Sáng kiến, đề tài ${wide.map((i) => i.id).join(', ')} chưa có xác nhận phạm vi ảnh hưởng cấp ${scopeLabel}.`,
        { initiativeIds: wide.map((i) => i.id) },
      );
    }
    return ruleResult(
      ruleSet,
      'CSTD_TINH.initiative_reach',
      'failed',
      claims.length > 0
        ? `Sáng kiến, đề tài ${claims.map((i) => `${i.id} (phạm vi ${INITIATIVE_SCOPE_LABELS[i.scope]})`).join(', ')} chưa đạt phạm vi cấp ${scopeLabel}.`
        : `Không có sáng kiến, đề tài có phạm vi ảnh hưởng cấp ${scopeLabel}.`,
    );
  },
};
