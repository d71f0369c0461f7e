/**
 * What rules a decision of a given date rests on. The system judges by Luật TĐKT 2022 (in force
 * 01/01/2024, Điều 95) and its decrees; a decision dated before that — an imported award of the
 * past — is a record of what was decided under the old law: it counts in the history (three
 * consecutive CSTĐCS may start in 2022) but is never re-judged by today's rules.
 */
import { formatViDate, isWithin } from './dates';
import { NATIONAL_RULE_SETS } from './rule-sets';
import type { IsoDate } from './types';

/** The first day the system's rules cover. */
export const RULES_FROM: IsoDate = '2024-01-01';

export type RuleBasis =
  | { readonly kind: 'record'; readonly message: string }
  | { readonly kind: 'rules'; readonly ruleSetId: string; readonly title: string };

export function ruleBasisOf(date: IsoDate): RuleBasis {
  const set = NATIONAL_RULE_SETS.find((s) => isWithin(date, s.effectiveFrom, s.effectiveUntil));
  if (set) return { kind: 'rules', ruleSetId: set.id, title: set.title };
  return {
    kind: 'record',
    message: `Quyết định ngày ${formatViDate(date)}, trước ngày Luật Thi đua, khen thưởng 2022 có hiệu lực (${formatViDate(RULES_FROM)}): lưu làm hồ sơ và vẫn tính vào quá trình khen thưởng, không xét lại theo quy định hiện hành.`,
  };
}
