/**
 * Progress of a campaign against its targets (chỉ tiêu), per unit and for the whole organisation:
 * what leaders look at. Pure: the caller gathers the facts (the units, their people in the
 * directory, the campaign's nominations) and this module counts.
 *
 * Each target is counted at three stages, so leaders see both the pipeline and the result:
 * - `proposed`: submitted or later, not withdrawn, failed, rejected or revoked (a draft is not
 *   proposed; a discarded draft no longer exists);
 * - `approved`: the Sở's council passed it or a decision was signed (and nothing refused it since);
 * - `awarded`: a decision was signed (Giám đốc Sở or Chủ tịch UBND tỉnh) and not revoked.
 *
 * A target is met on the `awarded` count (the result); it is also measured on the `proposed`
 * count, which tells whether the nominations in the pipeline could meet it at all.
 */
import { type CampaignTarget, targetAwards } from '../forms/campaign-target';
import { type AwardCode, type Subject, TASK_RATINGS, type TaskRating } from '../vocabulary';
import { vietnamDate } from '../workflow/guards';
import { ACCEPTED_ON_ROUTE_STATES, COUNCIL_APPROVED_STATES, DECIDED_STATES } from '../workflow/states';
import { awardsCounted } from './award-ladder';
import { DEFAULT_CATALOG } from './catalog';
import { formatViDate } from './dates';
import { measureTargetProgress, type TargetProgress } from './targets';

export type ProgressStage = 'proposed' | 'approved' | 'awarded';

/** Proposed: sent by the unit (even if back with it for documents) or further on the route. */
const PROPOSED: ReadonlySet<string> = new Set(['submitted', 'returned', ...ACCEPTED_ON_ROUTE_STATES]);
const APPROVED: ReadonlySet<string> = new Set(COUNCIL_APPROVED_STATES);
const AWARDED: ReadonlySet<string> = new Set(DECIDED_STATES);

/** The furthest stage a nomination in `state` has reached; `undefined` when it does not count. */
export function progressStage(state: string): ProgressStage | undefined {
  if (AWARDED.has(state)) return 'awarded';
  if (APPROVED.has(state)) return 'approved';
  if (PROPOSED.has(state)) return 'proposed';
  return undefined;
}

const RANK: Readonly<Record<ProgressStage, number>> = { proposed: 1, approved: 2, awarded: 3 };

/** A unit of the organisation and the size of its populations. */
export interface UnitFacts {
  readonly unitId: string;
  readonly unitName: string;
  /** People of the unit in the directory. */
  readonly persons: number;
  /** Collectives of the unit: 1 (the unit itself) while the system keeps no list of its teams. */
  readonly collectives: number;
}

/** What progress needs of one nomination under the campaign. */
export interface ProgressNomination {
  readonly unitId: string;
  readonly awardCode: string;
  readonly subject: Subject;
  readonly state: string;
  /** Xếp loại mức độ hoàn thành nhiệm vụ, as the unit declared it on the nomination. */
  readonly taskRating?: TaskRating;
  /** Who is nominated (a person id, a collective's unit id, or its name): counted once per target. */
  readonly nomineeKey: string;
}

export interface StageCounts {
  readonly proposed: number;
  readonly approved: number;
  readonly awarded: number;
}

/** One target measured for one unit, or for the organisation (no `unitId`). */
export interface TargetRow {
  readonly unitId?: string;
  readonly unitName?: string;
  /** Persons or collectives, per the target's subject. */
  readonly population: number;
  /** Smallest count that meets the target. */
  readonly required: number;
  /** Upper bound of a count target ("2 – 3 phòng"), if any. */
  readonly maximum?: number;
  readonly achieved: StageCounts;
  /** Met on the awarded count (the result). */
  readonly met: boolean;
  readonly shortfall: number;
  /** Over the upper bound of a count target, on the proposed count (0 when none). */
  readonly excess: number;
  /** Whether the proposed nominations, all awarded, would meet it. */
  readonly proposedMet: boolean;
  readonly proposedShortfall: number;
  /** Vietnamese summary of the result and the pipeline. */
  readonly message: string;
  /** A target measured by report: the unit's report, when it has made one. */
  readonly report?: TargetReport;
}

export interface TargetProgressReport {
  /** Position of the target in the campaign (0-based). */
  readonly index: number;
  readonly metric: string;
  readonly subject: Subject;
  readonly measure: CampaignTarget['measure'];
  readonly awardCode?: string;
  readonly awardCodes?: readonly string[];
  readonly orHigher?: boolean;
  readonly measuredBy: 'nominations' | 'unit_report';
  readonly minTaskRating?: TaskRating;
  /** Which population the target is measured against. */
  readonly population: 'persons' | 'collectives';
  /** Vietnamese: what is counted, against what, and what the system cannot know. */
  readonly basis: string;
  readonly organisation: TargetRow;
  readonly units: readonly TargetRow[];
}

/** A unit's own result for a target measured by report, with its evidence. */
export interface TargetReport {
  readonly targetIndex: number;
  readonly unitId: string;
  /** How many reached it (people, collectives, or the units' own count for a count target). */
  readonly achieved: number;
  /** Out of how many, when it differs from the directory's count (a percentage target). */
  readonly population?: number;
  readonly note?: string;
  readonly evidence: { readonly title: string; readonly fileRef: string };
  readonly recordedAt: string;
  /** The stored report's version, for the next change (`If-Match`). */
  readonly version?: number;
}

export interface CampaignProgressFacts {
  readonly targets: readonly CampaignTarget[];
  readonly units: readonly UnitFacts[];
  readonly nominations: readonly ProgressNomination[];
  /** The units' reports on the targets measured by report. */
  readonly reports?: readonly TargetReport[];
}

export interface CampaignProgress {
  readonly targets: readonly TargetProgressReport[];
  /** Vietnamese notes on the whole answer (populations, nominations of units not listed). */
  readonly notes: readonly string[];
}

const ratingAtLeast = (rating: TaskRating, min: TaskRating): boolean =>
  TASK_RATINGS.indexOf(rating) <= TASK_RATINGS.indexOf(min);

function counts(target: CampaignTarget, nominations: readonly ProgressNomination[]): StageCounts {
  const best = new Map<string, number>();
  const named = targetAwards(target);
  const counted = awardsCounted(named, target.orHigher === true);
  for (const n of nominations) {
    if (n.subject !== target.subject) continue;
    if (named.length > 0 && !counted.has(n.awardCode as AwardCode)) continue;
    if (target.minTaskRating !== undefined) {
      if (n.taskRating === undefined || !ratingAtLeast(n.taskRating, target.minTaskRating)) continue;
    }
    const stage = progressStage(n.state);
    if (!stage) continue;
    best.set(n.nomineeKey, Math.max(best.get(n.nomineeKey) ?? 0, RANK[stage]));
  }
  const ranks = [...best.values()];
  return {
    proposed: ranks.filter((r) => r >= 1).length,
    approved: ranks.filter((r) => r >= 2).length,
    awarded: ranks.filter((r) => r >= 3).length,
  };
}

const pipeline = (c: StageCounts): string =>
  `đã đề nghị ${c.proposed}, Hội đồng đã thông qua ${c.approved}, đã có quyết định ${c.awarded}`;

function measureRow(
  target: CampaignTarget,
  population: number,
  achieved: StageCounts,
  where: { unitId: string; unitName: string } | undefined,
): TargetRow {
  const place = where ? { unitId: where.unitId, unitName: where.unitName } : {};
  const measure = target.measure;
  if (measure.kind === 'percentage') {
    const label = target.metric;
    const result: TargetProgress = measureTargetProgress(
      { label, percent: measure.percent },
      population,
      achieved.awarded,
    );
    const proposed = measureTargetProgress(
      { label, percent: measure.percent },
      population,
      achieved.proposed,
    );
    const message =
      population === 0
        ? `Chưa tính được: ${target.subject === 'person' ? 'đơn vị chưa có người nào trong danh bạ' : 'chưa có tập thể nào'} (${pipeline(achieved)}).`
        : `${result.message} Tiến trình: ${pipeline(achieved)}${proposed.met ? '.' : `; kể cả hồ sơ đang xét vẫn còn thiếu ${proposed.shortfall}.`}`;
    return {
      ...place,
      population,
      required: result.required,
      achieved,
      met: result.met,
      shortfall: result.shortfall,
      excess: 0,
      proposedMet: proposed.met,
      proposedShortfall: proposed.shortfall,
      message,
    };
  }
  const within = (n: number) => n >= measure.min && (measure.max === undefined || n <= measure.max);
  const excess = measure.max === undefined ? 0 : Math.max(0, achieved.proposed - measure.max);
  const met = within(achieved.awarded);
  const shortfall = Math.max(0, measure.min - achieved.awarded);
  const range = measure.max === undefined ? `ít nhất ${measure.min}` : `từ ${measure.min} đến ${measure.max}`;
  const outcome = met
    ? 'đạt'
    : shortfall > 0
      ? `chưa đạt, còn thiếu ${shortfall}`
      : `vượt mức tối đa ${measure.max ?? 0}`;
  return {
    ...place,
    population,
    required: measure.min,
    ...(measure.max === undefined ? {} : { maximum: measure.max }),
    achieved,
    met,
    shortfall,
    excess,
    proposedMet: within(achieved.proposed),
    proposedShortfall: Math.max(0, measure.min - achieved.proposed),
    message: `${target.metric}: ${achieved.awarded}, chỉ tiêu ${range}: ${outcome}. Tiến trình: ${pipeline(achieved)}${excess > 0 ? `; số đề nghị vượt mức tối đa ${excess}` : ''}.`,
  };
}

function basisOf(target: CampaignTarget): string {
  const who =
    target.subject === 'person'
      ? 'Tính trên số cán bộ, công chức, viên chức của đơn vị có trong danh bạ của hệ thống.'
      : 'Tính trên số tập thể: mỗi đơn vị được tính là một tập thể, vì hệ thống chưa có danh sách phòng, tổ trực thuộc đơn vị; một đơn vị đề nghị nhiều tập thể có thể vượt 100 %.';
  const named = targetAwards(target);
  const names = named.map((a) => `"${DEFAULT_CATALOG[a].name}"`).join(' hoặc ');
  if (target.measuredBy === 'unit_report')
    return `${who} Hệ thống không đếm được chỉ tiêu này từ hồ sơ đề nghị: mỗi đơn vị báo cáo kết quả kèm minh chứng; "Đạt" xét trên số đơn vị báo cáo.`;
  const what =
    named.length > 0
      ? ` Đếm mỗi ${target.subject === 'person' ? 'người' : 'tập thể'} một lần theo hồ sơ đề nghị ${names}${target.orHigher ? ' hoặc danh hiệu, hình thức cao hơn' : ''} trong phong trào${target.minTaskRating ? `, có xếp loại từ ${target.minTaskRating} trở lên` : ''}.`
      : target.minTaskRating !== undefined
        ? ` Xếp loại ${target.minTaskRating} trở lên chỉ biết được qua hồ sơ đề nghị khen thưởng trong phong trào: người chưa được đề nghị thì hệ thống chưa có xếp loại, nên số đạt là số tối thiểu đã biết, không phải kết quả đánh giá cuối năm.`
        : ' Chỉ tiêu không gắn hình thức khen thưởng hay mức xếp loại: đếm mọi đối tượng được đề nghị trong phong trào.';
  const count =
    target.measure.kind === 'count'
      ? ' Chỉ tiêu số lượng được so với từng đơn vị và với tổng của cơ quan theo cùng một mức.'
      : '';
  return `${who}${what}${count} "Đạt" xét trên số đã có quyết định khen thưởng.`;
}

/**
 * Each target's progress per unit and for the organisation (the sum of its units). Nominations of
 * units not in `units` count toward the organisation only and are reported in `notes`.
 */
export function measureCampaignProgress(facts: CampaignProgressFacts): CampaignProgress {
  const known = new Set(facts.units.map((u) => u.unitId));
  const outside = facts.nominations.filter((n) => !known.has(n.unitId) && progressStage(n.state));
  const byUnit = new Map<string, ProgressNomination[]>();
  for (const n of facts.nominations) {
    const list = byUnit.get(n.unitId) ?? [];
    list.push(n);
    byUnit.set(n.unitId, list);
  }
  const notes: string[] = [
    'Cá nhân: số người của đơn vị trong danh bạ. Tập thể: mỗi đơn vị là một tập thể.',
    'Đã đề nghị: hồ sơ đã gửi trở đi, trừ hồ sơ đã rút, không được Hội đồng thông qua, bị tỉnh từ chối hoặc bị hủy quyết định. Đã thông qua: Hội đồng Thi đua – Khen thưởng đã thông qua hoặc đã có quyết định. Đã khen thưởng: đã có quyết định khen thưởng.',
  ];
  if (outside.length > 0) {
    notes.push(
      `${outside.length} hồ sơ của đơn vị ngoài danh sách chỉ được tính vào tổng của cơ quan, không có dân số tương ứng.`,
    );
  }
  const targets = facts.targets.map((target, index): TargetProgressReport => {
    const population = target.subject === 'person' ? 'persons' : 'collectives';
    const reported = target.measuredBy === 'unit_report';
    const reportOf = (unitId: string) =>
      (facts.reports ?? []).find((r) => r.targetIndex === index && r.unitId === unitId);
    const units = facts.units.map((unit) => {
      if (!reported)
        return measureRow(target, unit[population], counts(target, byUnit.get(unit.unitId) ?? []), unit);
      const report = reportOf(unit.unitId);
      const achieved = report?.achieved ?? 0;
      const row = measureRow(
        target,
        report?.population ?? unit[population],
        { proposed: achieved, approved: achieved, awarded: achieved },
        unit,
      );
      return report
        ? {
            ...row,
            report,
            message: `Đơn vị báo cáo ngày ${formatViDate(vietnamDate(report.recordedAt))}: ${row.met ? 'đạt' : `chưa đạt (còn thiếu ${row.shortfall})`}; minh chứng: ${report.evidence.title}.${report.note ? ` ${report.note}` : ''}`,
          }
        : { ...row, met: false, message: 'Đơn vị chưa báo cáo kết quả chỉ tiêu này.' };
    });
    const outsideCounts = reported ? { proposed: 0, approved: 0, awarded: 0 } : counts(target, outside);
    const total = units.reduce(
      (sum, row) => ({
        population: sum.population + row.population,
        proposed: sum.proposed + row.achieved.proposed,
        approved: sum.approved + row.achieved.approved,
        awarded: sum.awarded + row.achieved.awarded,
      }),
      { population: 0, ...outsideCounts },
    );
    const { population: totalPopulation, ...achieved } = total;
    return {
      index,
      metric: target.metric,
      subject: target.subject,
      measure: target.measure,
      ...(target.awardCode === undefined ? {} : { awardCode: target.awardCode }),
      ...(target.awardCodes === undefined ? {} : { awardCodes: target.awardCodes }),
      ...(target.orHigher ? { orHigher: true } : {}),
      measuredBy: target.measuredBy ?? 'nominations',
      ...(target.minTaskRating === undefined ? {} : { minTaskRating: target.minTaskRating }),
      population,
      basis: basisOf(target),
      organisation: measureRow(target, totalPopulation, achieved, undefined),
      units,
    };
  });
  return { targets, notes };
}
