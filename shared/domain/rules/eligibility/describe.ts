import { TRACK_LABELS } from '../../vocabulary';
import type { ConsecutiveRun } from '../history';

/** Vietnamese account of a consecutive run, naming the non-annual entries that did not count. */
export function describeRun(awardName: string, run: ConsecutiveRun, required: number): string {
  const years = [...run.years].sort((a, b) => a - b);
  const have =
    years.length > 0
      ? `Có ${years.length} lần liên tục đạt "${awardName}" (năm ${years.join(', ')}), yêu cầu ${required} lần.`
      : `Chưa có lần nào đạt "${awardName}" liên tục đến năm xét, yêu cầu ${required} lần.`;
  const ignored = run.ignoredNonAnnual.map((e) => `năm ${e.year} theo loại hình "${TRACK_LABELS[e.track]}"`);
  return ignored.length > 0 ? `${have} Không tính danh hiệu ${ignored.join('; ')}.` : have;
}
