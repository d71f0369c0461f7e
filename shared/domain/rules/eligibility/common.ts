/** Rules every award shares: subject, track, the discipline block, the initiative registry. */
import { TRACK_LABELS } from '../../vocabulary';
import { formatViDate } from '../dates';
import { checkInitiativeReuse } from '../initiatives';
import { ruleResult } from '../results';
import { DISCIPLINE_LEVEL_LABELS, DISCIPLINE_LEVELS } from '../types';
import { type RuleEvaluators, reliedInitiativeIds } from './context';

const SUBJECT_LABELS = { person: 'cá nhân', collective: 'tập thể' } as const;

export const COMMON_EVALUATORS: RuleEvaluators = {
  'COMMON.subject': ({ input, ruleSet }) => {
    const award = ruleSet.awards[input.award];
    const subject = input.nominee.subject;
    const allowed = award.subjects.includes(subject);
    return {
      ...ruleResult(
        ruleSet,
        'COMMON.subject',
        allowed ? 'passed' : 'failed',
        allowed
          ? `"${award.name}" xét tặng cho ${SUBJECT_LABELS[subject]}.`
          : `"${award.name}" không xét tặng cho ${SUBJECT_LABELS[subject]}.`,
      ),
      citation: award.citation,
    };
  },

  'COMMON.track': ({ input, ruleSet }) => {
    const award = ruleSet.awards[input.award];
    const allowed = award.tracks.includes(input.track);
    return ruleResult(
      ruleSet,
      'COMMON.track',
      allowed ? 'passed' : 'failed',
      allowed
        ? `"${award.name}" được đề nghị theo loại hình "${TRACK_LABELS[input.track]}".`
        : `"${award.name}" không đề nghị theo loại hình "${TRACK_LABELS[input.track]}"; chỉ theo: ${award.tracks
            .map((t) => `"${TRACK_LABELS[t]}"`)
            .join(', ')}.`,
    );
  },

  'COMMON.discipline_block': ({ input, ruleSet }) => {
    const { status } = input.nominee;
    const reasons = [
      status.underDisciplinaryReview ? 'đang bị xem xét kỷ luật' : null,
      status.underInvestigation ? 'đang bị điều tra, thanh tra, kiểm tra' : null,
      status.pendingComplaint ? 'có đơn khiếu nại, tố cáo đang được xác minh' : null,
    ].filter((r): r is string => r !== null);
    return reasons.length === 0
      ? ruleResult(
          ruleSet,
          'COMMON.discipline_block',
          'passed',
          'Không đang bị xem xét kỷ luật, điều tra hay khiếu nại.',
        )
      : ruleResult(
          ruleSet,
          'COMMON.discipline_block',
          'failed',
          `Không đề nghị khen thưởng vì ${reasons.join('; ')}.`,
          {
            reasons,
          },
        );
  },

  'COMMON.discipline_in_year': ({ input, ruleSet }) => {
    if (input.nominee.subject !== 'person') return null;
    const { minBlockingLevel } = ruleSet.params['COMMON.discipline_in_year'];
    const yearStart = `${input.year}-01-01`;
    const yearEnd = `${input.year}-12-31`;
    const blocking = (input.nominee.disciplines ?? []).filter(
      (d) =>
        DISCIPLINE_LEVELS.indexOf(d.level) >= DISCIPLINE_LEVELS.indexOf(minBlockingLevel) &&
        d.from <= yearEnd &&
        (d.until === null || d.until >= yearStart),
    );
    const [first] = blocking;
    return first
      ? ruleResult(
          ruleSet,
          'COMMON.discipline_in_year',
          'failed',
          `Đang chịu hình thức kỷ luật ${DISCIPLINE_LEVEL_LABELS[first.level]} (từ ${formatViDate(first.from)}) trong năm ${input.year}.`,
        )
      : ruleResult(
          ruleSet,
          'COMMON.discipline_in_year',
          'passed',
          `Không bị kỷ luật trong năm ${input.year}.`,
        );
  },

  'COMMON.initiative_once': ({ input, ruleSet, previous }) =>
    checkInitiativeReuse(
      ruleSet,
      input.nominationId,
      reliedInitiativeIds(previous),
      input.initiativeRegistry,
    ),
};
