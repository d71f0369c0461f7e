/**
 * National titles and orders (Điều 21, 25, 73 and 42–44 Luật TĐKT 2022): the province proposes
 * them only after applying the law's standards, as it does for its own awards. When every standard
 * is met, the last rule says "forwarded": the province sends the dossier upward and the decision
 * is taken there (Thủ tướng Chính phủ, Chủ tịch nước).
 */
import type { AwardCode } from '../../vocabulary';
import type { AwardHistoryEntry } from '../history';
import { ruleResult } from '../results';
import {
  INITIATIVE_SCOPE_LABELS,
  INITIATIVE_SCOPES,
  type ParamRuleId,
  type RecordSinceParams,
  type RuleId,
} from '../types';
import { pickInitiatives, type RuleEvaluator, type RuleEvaluators, usedElsewhereNote } from './context';
import { describeRecordSince, recordSince } from './record-since';

const DECIDER: Readonly<Record<'CSTD_TQ' | 'CO_CP' | 'BK_TTG' | 'BK_BO' | 'HCLD', string>> = {
  BK_BO: 'Bộ trưởng, Thủ trưởng cơ quan Trung ương',
  CSTD_TQ: 'Thủ tướng Chính phủ',
  CO_CP: 'Thủ tướng Chính phủ',
  BK_TTG: 'Thủ tướng Chính phủ',
  HCLD: 'Chủ tịch nước',
};

/** Reached after the award's standards: their results decide the verdict, this one says where it goes. */
function forwarded(award: keyof typeof DECIDER, ruleId: RuleId): RuleEvaluator {
  return ({ input, ruleSet, previous }) => {
    const name = ruleSet.awards[input.award].name;
    const met = previous.every((r) => r.status === 'passed');
    return ruleResult(
      ruleSet,
      ruleId,
      'forwarded',
      met
        ? `Đạt các tiêu chuẩn của "${name}": tỉnh trình ${DECIDER[award]} quyết định.`
        : `"${name}" do ${DECIDER[award]} quyết định; tỉnh chỉ trình khi đạt đủ các tiêu chuẩn trên.`,
    );
  };
}

const decided = (h: AwardHistoryEntry, award: AwardCode) =>
  h.award === award && h.track === 'annual' && !h.revoked;

/** A record-since rule for one subject; `null` for the other subject or off the annual track. */
function record(ruleId: ParamRuleId & `${string}_record`, subject: 'person' | 'collective'): RuleEvaluator {
  return ({ input, ruleSet }) => {
    if (input.nominee.subject !== subject || input.track !== 'annual') return null;
    const params = ruleSet.params[ruleId] as RecordSinceParams;
    const found = recordSince(input, params);
    const text = describeRecordSince(ruleSet, params, found);
    const status = !found.met ? 'failed' : found.pendingYears.length > 0 ? 'needs_evidence' : 'passed';
    return ruleResult(
      ruleSet,
      ruleId,
      status,
      status === 'needs_evidence'
        ? `${text} Cần quyết định công nhận năm ${found.pendingYears.join(', ')}.`
        : text,
      { priorYear: found.prior?.year ?? null, years: found.years, counts: found.counts },
    );
  };
}

/** Campaign, ad-hoc and service tracks have no countable standard: the council judges the report. */
function councilJudgment(ruleId: RuleId, what: string): RuleEvaluator {
  return ({ input, ruleSet }) =>
    input.track === 'annual'
      ? null
      : ruleResult(
          ruleSet,
          ruleId,
          'passed',
          `${what}: Hội đồng xét trên báo cáo thành tích và minh chứng; không tính làm căn cứ khen thưởng hằng năm.`,
        );
}

export const NATIONAL_EVALUATORS: RuleEvaluators = {
  'CSTD_TQ.consecutive_cstd_tinh': ({ input, ruleSet }) => {
    const { times, cycleYears } = ruleSet.params['CSTD_TQ.consecutive_cstd_tinh'];
    // "Liên tục": each award follows the one before within one cycle, the last within one of the year.
    const awards = input.history
      .filter((h) => decided(h, 'CSTD_TINH') && h.year <= input.year)
      .sort((a, b) => b.year - a.year);
    const chain: AwardHistoryEntry[] = [];
    let until = input.year;
    for (const award of awards) {
      if (until - award.year > cycleYears) break;
      if (chain.some((c) => c.year === award.year)) continue;
      chain.push(award);
      until = award.year;
    }
    const years = chain.map((c) => c.year).sort((a, b) => a - b);
    const have =
      years.length > 0
        ? `Có ${years.length} lần liên tục được tặng "Chiến sĩ thi đua cấp tỉnh" (năm ${years.join(', ')})`
        : 'Chưa có lần nào được tặng "Chiến sĩ thi đua cấp tỉnh" liên tục đến năm xét';
    const text = `${have}; yêu cầu ${times} lần liên tục, mỗi lần cách nhau không quá ${cycleYears} năm.`;
    const counted = chain.slice(0, times);
    if (chain.length < times)
      return ruleResult(ruleSet, 'CSTD_TQ.consecutive_cstd_tinh', 'failed', text, { years });
    const pending = counted.filter((c) => c.pending).map((c) => c.year);
    return pending.length > 0
      ? ruleResult(
          ruleSet,
          'CSTD_TQ.consecutive_cstd_tinh',
          'needs_evidence',
          `${text} Cần quyết định tặng năm ${pending.join(', ')}.`,
          { years },
        )
      : ruleResult(ruleSet, 'CSTD_TQ.consecutive_cstd_tinh', 'passed', text, { years });
  },

  'CSTD_TQ.initiative_reach': ({ input, ruleSet }) => {
    const { minScope } = ruleSet.params['CSTD_TQ.initiative_reach'];
    const wide = (input.nominee.initiatives ?? []).filter(
      (i) => INITIATIVE_SCOPES.indexOf(i.scope) >= INITIATIVE_SCOPES.indexOf(minScope),
    );
    const pick = pickInitiatives(
      input,
      wide.filter((i) => i.certificateRef !== null),
      1,
    );
    const [chosen] = pick.chosen;
    const scope = INITIATIVE_SCOPE_LABELS[minScope];
    if (chosen)
      return ruleResult(
        ruleSet,
        'CSTD_TQ.initiative_reach',
        'passed',
        `Sáng kiến, đề tài "${chosen.title}" (${chosen.id}) có phạm vi ảnh hưởng ${INITIATIVE_SCOPE_LABELS[chosen.scope]}.${usedElsewhereNote(ruleSet, pick)}`,
        { initiativeIds: [chosen.id] },
      );
    return wide.length > 0
      ? ruleResult(
          ruleSet,
          'CSTD_TQ.initiative_reach',
          'needs_evidence',
          `Sáng kiến, đề tài ${wide.map((i) => i.id).join(', ')} chưa có xác nhận phạm vi ảnh hưởng ${scope}.`,
          { initiativeIds: wide.map((i) => i.id) },
        )
      : ruleResult(
          ruleSet,
          'CSTD_TQ.initiative_reach',
          'failed',
          `Không có sáng kiến, đề tài có phạm vi ảnh hưởng ${scope}.`,
        );
  },
  'CSTD_TQ.forwarded': forwarded('CSTD_TQ', 'CSTD_TQ.forwarded'),

  'CO_CP.leads_cluster': ({ input, ruleSet }) => {
    if (input.nominee.subject !== 'collective') return null;
    const leads = input.nominee.leadsEmulationCluster;
    if (leads == null)
      return ruleResult(
        ruleSet,
        'CO_CP.leads_cluster',
        'needs_evidence',
        'Chưa có biên bản suy tôn tập thể dẫn đầu khối, cụm thi đua của tỉnh.',
      );
    return ruleResult(
      ruleSet,
      'CO_CP.leads_cluster',
      leads ? 'passed' : 'failed',
      leads
        ? 'Được suy tôn dẫn đầu khối, cụm thi đua của tỉnh.'
        : 'Không dẫn đầu khối, cụm thi đua của tỉnh: "Cờ thi đua của Chính phủ" chỉ xét trong số các tập thể dẫn đầu.',
    );
  },
  'CO_CP.excellence': ({ input, ruleSet }) => {
    const rating = input.nominee.taskRating;
    if (rating === null)
      return ruleResult(
        ruleSet,
        'CO_CP.excellence',
        'needs_evidence',
        `Chưa có kết quả xếp loại tập thể năm ${input.year}.`,
      );
    return rating === 'HTXSNV'
      ? ruleResult(
          ruleSet,
          'CO_CP.excellence',
          'passed',
          `Hoàn thành xuất sắc nhiệm vụ năm ${input.year}; Hội đồng đánh giá việc vượt chỉ tiêu và đoàn kết nội bộ trên báo cáo thành tích.`,
        )
      : ruleResult(
          ruleSet,
          'CO_CP.excellence',
          'failed',
          `Năm ${input.year} tập thể không hoàn thành xuất sắc nhiệm vụ.`,
        );
  },
  'CO_CP.forwarded': forwarded('CO_CP', 'CO_CP.forwarded'),

  'BK_TTG.person_record': record('BK_TTG.person_record', 'person'),
  'BK_TTG.collective_record': record('BK_TTG.collective_record', 'collective'),
  'BK_TTG.council_judgment': councilJudgment(
    'BK_TTG.council_judgment',
    'Khen thưởng theo chuyên đề, đột xuất',
  ),
  'BK_TTG.forwarded': forwarded('BK_TTG', 'BK_TTG.forwarded'),
  'BK_BO.forwarded': forwarded('BK_BO', 'BK_BO.forwarded'),

  'HCLD_3.person_record': record('HCLD_3.person_record', 'person'),
  'HCLD_3.collective_record': record('HCLD_3.collective_record', 'collective'),
  'HCLD_2.person_record': record('HCLD_2.person_record', 'person'),
  'HCLD_2.collective_record': record('HCLD_2.collective_record', 'collective'),
  'HCLD_1.person_record': record('HCLD_1.person_record', 'person'),
  'HCLD_1.collective_record': record('HCLD_1.collective_record', 'collective'),
  'HCLD.council_judgment': councilJudgment(
    'HCLD.council_judgment',
    'Thành tích đột xuất hoặc quá trình cống hiến',
  ),
  'HCLD.forwarded': forwarded('HCLD', 'HCLD.forwarded'),
};
