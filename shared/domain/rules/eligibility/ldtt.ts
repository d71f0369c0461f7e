/** Lao động tiên tiến (Điều 24 Luật TĐKT 2022; 6-month rule of TT 01/2024/TT-BNV). */
import { formatViDate, wholeMonthsBetween } from '../dates';
import { ruleResult } from '../results';
import { type RuleEvaluators, ratingAtLeast, ratingLabel } from './context';

export const LDTT_EVALUATORS: RuleEvaluators = {
  'LDTT.task_rating': ({ input, ruleSet }) => {
    const { minRating } = ruleSet.params['LDTT.task_rating'];
    const rating = input.nominee.taskRating;
    if (rating === null) {
      return ruleResult(
        ruleSet,
        'LDTT.task_rating',
        'needs_evidence',
        `Chưa có kết quả xếp loại năm ${input.year}.`,
      );
    }
    return ratingAtLeast(rating, minRating)
      ? ruleResult(
          ruleSet,
          'LDTT.task_rating',
          'passed',
          `Xếp loại ${ratingLabel(rating)} năm ${input.year}.`,
        )
      : ruleResult(
          ruleSet,
          'LDTT.task_rating',
          'failed',
          `Xếp loại ${ratingLabel(rating)} năm ${input.year}, chưa đạt ${ratingLabel(minRating)} trở lên.`,
        );
  },

  'LDTT.recruitment': ({ input, ruleSet }) => {
    if (input.nominee.subject !== 'person') return null;
    const { minMonths, measuredTo } = ruleSet.params['LDTT.recruitment'];
    const recruitedOn = input.nominee.recruitedOn;
    if (recruitedOn === null) {
      return ruleResult(ruleSet, 'LDTT.recruitment', 'needs_evidence', 'Chưa có ngày tuyển dụng.');
    }
    // "Year end" counts the whole of 31/12: someone recruited on 01/07 has worked 6 full months.
    const until = measuredTo === 'year_end' ? `${input.year + 1}-01-01` : input.decisionDate;
    const months = wholeMonthsBetween(recruitedOn, until);
    const where = measuredTo === 'year_end' ? `đến hết năm ${input.year}` : `đến ngày ${formatViDate(until)}`;
    return months >= minMonths
      ? ruleResult(
          ruleSet,
          'LDTT.recruitment',
          'passed',
          `Tuyển dụng từ ${formatViDate(recruitedOn)}, đủ ${minMonths} tháng ${where}.`,
          {
            months,
          },
        )
      : ruleResult(
          ruleSet,
          'LDTT.recruitment',
          'failed',
          `Tuyển dụng từ ${formatViDate(recruitedOn)}, mới ${months} tháng ${where}; chưa đủ ${minMonths} tháng.`,
          { months },
        );
  },
};
