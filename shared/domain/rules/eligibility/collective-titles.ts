/**
 * Tập thể lao động tiên tiến (Điều 28, wording unconfirmed) and Tập thể lao động xuất sắc
 * (Điều 27 Luật TĐKT 2022). Shares are compared exactly (see rounding.ts).
 */

import type { TaskRating } from '../../vocabulary';
import { ruleResult } from '../results';
import { formatShare, shareReaches } from '../rounding';
import { DISCIPLINE_LEVEL_LABELS, DISCIPLINE_LEVELS, type RuleId, type RuleSet } from '../types';
import type { RuleContext, RuleEvaluators } from './context';
import { ratingAtLeast, ratingLabel } from './context';
import type { MemberCounts } from './facts';

function members(ctx: RuleContext): MemberCounts | null {
  return ctx.input.nominee.subject === 'collective' ? ctx.input.nominee.members : null;
}

function ratingRule(
  ruleSet: RuleSet,
  ruleId: RuleId,
  rating: TaskRating | null,
  min: TaskRating,
  year: number,
) {
  if (rating === null)
    return ruleResult(ruleSet, ruleId, 'needs_evidence', `Chưa có kết quả xếp loại tập thể năm ${year}.`);
  return ratingAtLeast(rating, min)
    ? ruleResult(ruleSet, ruleId, 'passed', `Tập thể xếp loại ${ratingLabel(rating)} năm ${year}.`)
    : ruleResult(
        ruleSet,
        ruleId,
        'failed',
        `Tập thể xếp loại ${ratingLabel(rating)} năm ${year}, chưa đạt ${ratingLabel(min)}.`,
      );
}

function shareRule(
  ruleSet: RuleSet,
  ruleId: RuleId,
  part: number,
  whole: number,
  params: { percent: number; strict: boolean },
  what: string,
  pending = 0,
) {
  const ok = shareReaches(part, whole, params.percent, params.strict);
  const need = `${params.strict ? 'trên' : 'ít nhất'} ${params.percent} %`;
  return ruleResult(
    ruleSet,
    ruleId,
    ok ? 'passed' : 'failed',
    `${part}/${whole} cá nhân ${what} (${formatShare(part, whole)})${pendingNote(pending)}; yêu cầu ${need}.`,
    { part, whole, ...(pending > 0 ? { pending } : {}) },
  );
}

/** Says how many of a count are proposals of the same year not yet decided. */
const pendingNote = (pending: number) =>
  pending > 0 ? `, trong đó ${pending} người đang được đề nghị cùng đợt` : '';

export const COLLECTIVE_TITLE_EVALUATORS: RuleEvaluators = {
  'TTLDTT.task_rating': ({ input, ruleSet }) =>
    ratingRule(
      ruleSet,
      'TTLDTT.task_rating',
      input.nominee.taskRating,
      ruleSet.params['TTLDTT.task_rating'].minRating,
      input.year,
    ),

  'TTLDTT.ldtt_share': (ctx) => {
    const m = members(ctx);
    return (
      m &&
      shareRule(
        ctx.ruleSet,
        'TTLDTT.ldtt_share',
        m.ldtt,
        m.total,
        ctx.ruleSet.params['TTLDTT.ldtt_share'],
        'đạt "Lao động tiên tiến"',
        m.pending?.ldtt,
      )
    );
  },

  'TTLDTT.member_discipline': (ctx) => {
    const m = members(ctx);
    if (!m) return null;
    const { minBlockingLevel } = ctx.ruleSet.params['TTLDTT.member_discipline'];
    const blocking = DISCIPLINE_LEVELS.slice(DISCIPLINE_LEVELS.indexOf(minBlockingLevel));
    const count = blocking.reduce((sum, level) => sum + (m.disciplinedByLevel[level] ?? 0), 0);
    return count === 0
      ? ruleResult(
          ctx.ruleSet,
          'TTLDTT.member_discipline',
          'passed',
          `Không có cá nhân bị kỷ luật từ ${DISCIPLINE_LEVEL_LABELS[minBlockingLevel]} trở lên.`,
        )
      : ruleResult(
          ctx.ruleSet,
          'TTLDTT.member_discipline',
          'failed',
          `Có ${count} cá nhân bị kỷ luật từ ${DISCIPLINE_LEVEL_LABELS[minBlockingLevel]} trở lên.`,
          { count },
        );
  },

  'TTLDXS.task_rating': ({ input, ruleSet }) =>
    ratingRule(ruleSet, 'TTLDXS.task_rating', input.nominee.taskRating, 'HTXSNV', input.year),

  'TTLDXS.all_complete': (ctx) => {
    const m = members(ctx);
    if (!m) return null;
    if (m.completingTasks === null)
      return ruleResult(
        ctx.ruleSet,
        'TTLDXS.all_complete',
        'needs_evidence',
        `Đơn vị chưa kê khai số cá nhân hoàn thành nhiệm vụ (trên tổng số ${m.total}); số đạt "Lao động tiên tiến" không thay được số này.`,
      );
    const ok = m.total > 0 && m.completingTasks >= m.total;
    return ruleResult(
      ctx.ruleSet,
      'TTLDXS.all_complete',
      ok ? 'passed' : 'failed',
      ok
        ? `100 % cá nhân (${m.total}/${m.total}) hoàn thành nhiệm vụ.`
        : `${m.completingTasks}/${m.total} cá nhân hoàn thành nhiệm vụ; yêu cầu 100 %.`,
      { part: m.completingTasks, whole: m.total },
    );
  },

  'TTLDXS.ldtt_share': (ctx) => {
    const m = members(ctx);
    return (
      m &&
      shareRule(
        ctx.ruleSet,
        'TTLDXS.ldtt_share',
        m.ldtt,
        m.total,
        ctx.ruleSet.params['TTLDXS.ldtt_share'],
        'đạt "Lao động tiên tiến"',
        m.pending?.ldtt,
      )
    );
  },

  'TTLDXS.cstdcs_member': (ctx) => {
    const m = members(ctx);
    if (!m) return null;
    const { minCount } = ctx.ruleSet.params['TTLDXS.cstdcs_member'];
    return ruleResult(
      ctx.ruleSet,
      'TTLDXS.cstdcs_member',
      m.cstdcs >= minCount ? 'passed' : 'failed',
      `Có ${m.cstdcs} cá nhân đạt "Chiến sĩ thi đua cơ sở"${pendingNote(m.pending?.cstdcs ?? 0)}; yêu cầu ít nhất ${minCount}.`,
      { count: m.cstdcs, ...(m.pending?.cstdcs ? { pending: m.pending.cstdcs } : {}) },
    );
  },
};
