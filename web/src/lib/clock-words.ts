import type { getWorklist } from '../../../shared/http/routes/session';
import type { AnswerOf } from '../api/types';
import { formatDate } from './format';

/** A step's working-day clock, as the worklist answers it. */
export type Clock = NonNullable<AnswerOf<typeof getWorklist>['sections'][number]['items'][number]['clock']>;

export const STEP_WORDS: Readonly<Record<Clock['step'], string>> = {
  department_review: 'xét ở Sở',
  province_review: 'thẩm định ở tỉnh',
};

/** The step's clock in words: working days used against the limit, due date, paused or late. */
export function clockWords(clock: Clock): string {
  const used = `${clock.usedWorkingDays} ngày làm việc`;
  const limit = clock.limitWorkingDays === undefined ? '' : ` / ${clock.limitWorkingDays}`;
  if (clock.late) return `Quá hạn ${STEP_WORDS[clock.step]}: ${used}${limit}`;
  if (clock.status === 'paused')
    return `Tạm dừng ${STEP_WORDS[clock.step]} khi bổ sung hồ sơ (${used}${limit})`;
  const due = clock.dueOn ? `, hạn ${formatDate(clock.dueOn)}` : '';
  return `Thời gian ${STEP_WORDS[clock.step]}: ${used}${limit}${due}`;
}
