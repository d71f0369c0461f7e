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

  'LDTT.special_leave': ({ input, ruleSet }) => {
    if (input.nominee.subject !== 'person') return null;
    const leave = (input.nominee.specialLeave ?? []).filter(
      (l) => l.from <= `${input.year}-12-31` && l.to >= `${input.year}-01-01`,
    );
    if (leave.length === 0) return null;
    const told = leave
      .map((l) => `${LEAVE_LABELS[l.kind]} từ ${formatViDate(l.from)} đến ${formatViDate(l.to)}`)
      .join('; ');
    return input.evidence?.includes('leave_evidence')
      ? ruleResult(
          ruleSet,
          'LDTT.special_leave',
          'passed',
          `${told}: thời gian này được tính để bình xét năm ${input.year}.`,
          { leave },
        )
      : ruleResult(
          ruleSet,
          'LDTT.special_leave',
          'needs_evidence',
          `${told}: được tính để bình xét khi hồ sơ có quyết định nghỉ thai sản hoặc xác nhận thời gian điều trị.`,
          { leave },
        );
  },
};

const LEAVE_LABELS = {
  maternity: 'Nghỉ thai sản',
  injury_treatment: 'Điều trị, điều dưỡng do bị thương',
} as const;
