/**
 * Reward forms: Giấy khen (Điều 75, criteria delegated) and Bằng khen of the Chủ tịch UBND tỉnh
 * (Điều 74 khoản 1 điểm d for persons; the other points and the collective standard are defaults).
 */
import { consecutiveAnnualRun, consecutiveRatingYears } from '../history';
import { ruleResult } from '../results';
import type { RuleEvaluators } from './context';
import { pickInitiatives, ratingAtLeast, ratingLabel, ratingsOf, usedElsewhereNote } from './context';
import { describeRun } from './describe';

export const REWARD_EVALUATORS: RuleEvaluators = {
  'GIAY_KHEN.criteria': ({ input, ruleSet }) => {
    if (input.track !== 'annual') {
      return ruleResult(
        ruleSet,
        'GIAY_KHEN.criteria',
        'passed',
        'Khen thưởng theo chuyên đề, đột xuất: không có tiêu chí định lượng; Hội đồng xét theo báo cáo thành tích.',
      );
    }
    const { minRating } = ruleSet.params['GIAY_KHEN.criteria'];
    const rating = input.nominee.taskRating;
    if (rating === null)
      return ruleResult(
        ruleSet,
        'GIAY_KHEN.criteria',
        'needs_evidence',
        `Chưa có kết quả xếp loại năm ${input.year}.`,
      );
    return ratingAtLeast(rating, minRating)
      ? ruleResult(
          ruleSet,
          'GIAY_KHEN.criteria',
          'passed',
          `Xếp loại ${ratingLabel(rating)} năm ${input.year}.`,
        )
      : ruleResult(
          ruleSet,
          'GIAY_KHEN.criteria',
          'failed',
          `Xếp loại ${ratingLabel(rating)}, chưa đạt ${ratingLabel(minRating)} trở lên.`,
        );
  },

  'BK_TINH.person_achievement': ({ input, ruleSet }) => {
    if (input.nominee.subject !== 'person' || input.track !== 'annual') return null;
    // The unit rests the achievement on điểm a–c instead: the council judges it (below).
    if (input.nominee.achievementPoint) return null;
    const params = ruleSet.params['BK_TINH.person_achievement'];
    // Path 1: 02 consecutive annual CSTĐCS.
    const run = consecutiveAnnualRun(input.history, 'CSTDCS', input.year);
    if (run.years.length >= params.consecutiveCstdcs) {
      const pending = run.pendingYears.filter((y) =>
        run.years.slice(0, params.consecutiveCstdcs).includes(y),
      );
      const text = describeRun('Chiến sĩ thi đua cơ sở', run, params.consecutiveCstdcs);
      return pending.length > 0
        ? ruleResult(
            ruleSet,
            'BK_TINH.person_achievement',
            'needs_evidence',
            `${text} Cần quyết định công nhận năm ${pending.join(', ')}.`,
            {
              path: 'cstdcs',
            },
          )
        : ruleResult(ruleSet, 'BK_TINH.person_achievement', 'passed', text, { path: 'cstdcs' });
    }
    // Path 2: ≥ 02 consecutive years HTXSNV with 02 recognised initiatives/research in that time.
    const htxsYears = consecutiveRatingYears(ratingsOf(input), 'HTXSNV', input.year, ratingAtLeast);
    const inWindow = (input.nominee.initiatives ?? []).filter((i) => htxsYears.includes(i.recognisedYear));
    const certified = inWindow.filter((i) => i.certificateRef !== null);
    const cstdcsText = describeRun('Chiến sĩ thi đua cơ sở', run, params.consecutiveCstdcs);
    const htxsText = `${htxsYears.length} năm liên tục hoàn thành xuất sắc nhiệm vụ (yêu cầu ${params.htxsYears}), ${certified.length} sáng kiến, đề tài được công nhận trong thời gian đó (yêu cầu ${params.initiatives}).`;
    if (htxsYears.length >= params.htxsYears && certified.length >= params.initiatives) {
      const pick = pickInitiatives(input, certified, params.initiatives);
      return ruleResult(
        ruleSet,
        'BK_TINH.person_achievement',
        'passed',
        `${htxsText}${usedElsewhereNote(ruleSet, pick)}`,
        { path: 'htxs_initiatives', initiativeIds: pick.chosen.map((i) => i.id) },
      );
    }
    if (htxsYears.length >= params.htxsYears && inWindow.length >= params.initiatives) {
      return ruleResult(
        ruleSet,
        'BK_TINH.person_achievement',
        'needs_evidence',
        `${htxsText} Sáng kiến, đề tài ${inWindow
          .filter((i) => i.certificateRef === null)
          .map((i) => i.id)
          .join(', ')} chưa có giấy chứng nhận.`,
        { path: 'htxs_initiatives', initiativeIds: inWindow.map((i) => i.id) },
      );
    }
    return ruleResult(
      ruleSet,
      'BK_TINH.person_achievement',
      'failed',
      `Chưa đạt: ${cstdcsText} Hoặc: ${htxsText}`,
    );
  },

  'BK_TINH.collective_achievement': ({ input, ruleSet }) => {
    if (input.nominee.subject !== 'collective' || input.track !== 'annual') return null;
    if (input.nominee.achievementPoint) return null;
    const { htxsYears: required } = ruleSet.params['BK_TINH.collective_achievement'];
    const years = consecutiveRatingYears(ratingsOf(input), 'HTXSNV', input.year, ratingAtLeast);
    return ruleResult(
      ruleSet,
      'BK_TINH.collective_achievement',
      years.length >= required ? 'passed' : 'failed',
      `Tập thể có ${years.length} năm liên tục hoàn thành xuất sắc nhiệm vụ; yêu cầu ${required} năm.`,
      { years },
    );
  },

  // Điều 74 khoản 1 điểm a–c: achievements no count can prove. On the campaign and ad-hoc tracks
  // they are the only basis; on the annual track the unit may rest on them instead of điểm d, and
  // then the evidence of the achievement must be in the dossier for the council to judge.
  'BK_TINH.campaign_achievement': ({ input, ruleSet }) => {
    if (input.track !== 'annual')
      return ruleResult(
        ruleSet,
        'BK_TINH.campaign_achievement',
        'passed',
        'Khen thưởng theo chuyên đề, đột xuất: Hội đồng xét theo báo cáo thành tích và minh chứng; không tính làm căn cứ khen thưởng hằng năm.',
      );
    const point = input.nominee.achievementPoint;
    if (!point) return null;
    const told = `Thành tích theo điểm ${point} khoản 1 Điều 74 (${ACHIEVEMENT_POINT_LABELS[point]})`;
    return input.evidence?.includes('achievement_evidence')
      ? ruleResult(
          ruleSet,
          'BK_TINH.campaign_achievement',
          'passed',
          `${told}: Hội đồng đánh giá trên báo cáo thành tích và minh chứng kèm hồ sơ.`,
          { point },
        )
      : ruleResult(
          ruleSet,
          'BK_TINH.campaign_achievement',
          'needs_evidence',
          `${told}: hồ sơ cần có minh chứng thành tích để Hội đồng đánh giá.`,
          { point },
        );
  },
};

/** Khoản 1 Điều 74, as the form names its points (the wording is not confirmed; see rule-sets). */
const ACHIEVEMENT_POINT_LABELS = {
  a: 'thành tích xuất sắc được bình xét trong phong trào thi đua',
  b: 'thành tích có phạm vi ảnh hưởng trong lĩnh vực của tỉnh',
  c: 'thành tích đột xuất',
} as const;
