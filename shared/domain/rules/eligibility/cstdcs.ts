/** Chiến sĩ thi đua cơ sở (Điều 23 Luật TĐKT 2022): LĐTT + (HTXSNV or a recognised initiative/research). */
import type { RuleResult } from '../results';
import { ruleResult } from '../results';
import type { RuleId } from '../types';
import { COMMON_EVALUATORS } from './common';
import { pickInitiatives, type RuleContext, type RuleEvaluators, usedElsewhereNote } from './context';
import { LDTT_EVALUATORS } from './ldtt';

const LDTT_CRITERIA: readonly RuleId[] = [
  'LDTT.task_rating',
  'LDTT.recruitment',
  'LDTT.special_leave',
  'COMMON.discipline_in_year',
];

/**
 * Whether the nominee holds (or meets the criteria of) LĐTT this year. LĐTT and CSTĐCS are
 * decided together by the Giám đốc Sở, so meeting the LĐTT criteria is enough here.
 */
function ldttThisYear(ctx: RuleContext): RuleResult {
  const { input, ruleSet } = ctx;
  const held = input.history.some(
    (h) => h.award === 'LDTT' && h.year === input.year && h.track === 'annual' && !h.pending && !h.revoked,
  );
  if (held)
    return ruleResult(
      ruleSet,
      'CSTDCS.ldtt',
      'passed',
      `Đã được tặng "Lao động tiên tiến" năm ${input.year}.`,
    );
  const evaluators = { ...COMMON_EVALUATORS, ...LDTT_EVALUATORS };
  const criteria = LDTT_CRITERIA.filter((id) => ruleSet.rules[id].enabled)
    .map((id) => evaluators[id]?.(ctx))
    .filter((r): r is RuleResult => r != null);
  const failed = criteria.filter((r) => r.status === 'failed');
  const missing = criteria.filter((r) => r.status === 'needs_evidence');
  if (failed.length > 0) {
    return ruleResult(
      ruleSet,
      'CSTDCS.ldtt',
      'failed',
      `Chưa đạt tiêu chuẩn "Lao động tiên tiến" năm ${input.year}: ${failed.map((r) => r.message).join(' ')}`,
      { criteria: failed.map((r) => r.ruleId) },
    );
  }
  if (missing.length > 0) {
    return ruleResult(
      ruleSet,
      'CSTDCS.ldtt',
      'needs_evidence',
      `Chưa đủ căn cứ xác định "Lao động tiên tiến" năm ${input.year}: ${missing.map((r) => r.message).join(' ')}`,
    );
  }
  return ruleResult(
    ruleSet,
    'CSTDCS.ldtt',
    'passed',
    `Đủ tiêu chuẩn "Lao động tiên tiến" năm ${input.year} (xét đồng thời).`,
  );
}

export const CSTDCS_EVALUATORS: RuleEvaluators = {
  'CSTDCS.ldtt': ldttThisYear,

  'CSTDCS.achievement': ({ input, ruleSet }) => {
    if (input.nominee.taskRating === 'HTXSNV') {
      return ruleResult(
        ruleSet,
        'CSTDCS.achievement',
        'passed',
        `Hoàn thành xuất sắc nhiệm vụ năm ${input.year}.`,
        { path: 'htxs' },
      );
    }
    const claims = (input.nominee.initiatives ?? []).filter((i) => i.recognisedYear <= input.year);
    const certified = claims.filter((i) => i.certificateRef !== null);
    const pick = pickInitiatives(input, certified, 1);
    const [first] = pick.chosen;
    if (first) {
      return ruleResult(
        ruleSet,
        'CSTDCS.achievement',
        'passed',
        `Có ${first.kind === 'initiative' ? 'sáng kiến' : 'đề tài'} "${first.title}" (${first.id}) đã được công nhận.${usedElsewhereNote(ruleSet, pick)}`,
        { path: 'initiative', initiativeIds: [first.id] },
      );
    }
    if (claims.length > 0) {
      return ruleResult(
        ruleSet,
        'CSTDCS.achievement',
        'needs_evidence',
        `Sáng kiến, đề tài ${claims.map((i) => i.id).join(', ')} chưa có giấy chứng nhận, xác nhận của cấp có thẩm quyền.`,
        { path: 'initiative', initiativeIds: claims.map((i) => i.id) },
      );
    }
    return ruleResult(
      ruleSet,
      'CSTDCS.achievement',
      'failed',
      'Không hoàn thành xuất sắc nhiệm vụ và không có sáng kiến, đề tài được công nhận.',
    );
  },
};
