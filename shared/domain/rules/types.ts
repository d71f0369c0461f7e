/**
 * The shape of a rule set: the award catalog and the legal rules as versioned data. Every rule
 * carries a stable id and the legal citation it rests on; parameters a province may change live
 * next to the rule they tune, so an override of a parameter also replaces the rule's citation with
 * the provincial text that set it.
 */
import type { Authority, AwardCode, Subject, TaskRating, Track } from '../vocabulary';
import type { VotingPolicy } from '../voting-policy';

/** A calendar date as `yyyy-mm-dd`. */
export type IsoDate = string;

/** How a percentage of a count becomes a whole number of people or collectives. */
export const ROUNDING_MODES = ['floor', 'round_half_up', 'ceil'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** Disciplinary measures, lightest first (khiển trách < cảnh cáo < giáng chức/cách chức < buộc thôi việc). */
export const DISCIPLINE_LEVELS = ['reprimand', 'warning', 'demotion', 'dismissal'] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

export const DISCIPLINE_LEVEL_LABELS: Readonly<Record<DisciplineLevel, string>> = {
  reprimand: 'khiển trách',
  warning: 'cảnh cáo',
  demotion: 'giáng chức, cách chức',
  dismissal: 'buộc thôi việc',
};

/** Geographic or organisational reach of an initiative or research result. */
export const INITIATIVE_SCOPES = ['unit', 'department', 'province', 'national'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];

export const INITIATIVE_SCOPE_LABELS: Readonly<Record<InitiativeScope, string>> = {
  unit: 'cơ sở',
  department: 'sở, ngành',
  province: 'tỉnh',
  national: 'toàn quốc',
};

import type { DossierKind } from '../dossier-kinds';

/** Dossier kinds are shared with the forms; the catalog lists which ones each award requires. */
export {
  DOSSIER_KIND_LABELS as DOSSIER_ITEM_LABELS,
  DOSSIER_KINDS as DOSSIER_ITEM_KINDS,
  type DossierKind as DossierItemKind,
} from '../dossier-kinds';

/** Steps of the route that carry a working-day time limit. */
export const TIME_LIMIT_STEPS = ['department_review', 'province_review'] as const;
export type TimeLimitStep = (typeof TIME_LIMIT_STEPS)[number];

/** What a rule set says about a rule: where it comes from and whether the source was verified. */
export interface RuleDefinition {
  readonly id: RuleId;
  /** Vietnamese, e.g. "Điều 24 Luật TĐKT 2022". */
  readonly citation: string;
  /** `false`: the source was not verified; the rule is a configurable default. */
  readonly confirmed: boolean;
  /** Vietnamese one-line statement of the rule. */
  readonly summary: string;
  /** Disabled rules are skipped (a province may switch off an unconfirmed default, with a basis). */
  readonly enabled: boolean;
  /** Where the current values come from: the national rule set or a province/organisation override. */
  readonly source: 'national' | 'province' | 'organisation';
}

/** A count-based cap such as "CSTĐCS ≤ 15 % of the unit's LĐTT". */
export interface QuotaParams {
  /** Percent (up to two decimals) of the base count; `null` means no cap. */
  readonly percent: number | null;
  /** The award whose count in the unit is the base. */
  readonly base: AwardCode;
  readonly rounding: RoundingMode;
  /** A floor for small units (e.g. 1); 0 keeps the strict reading of "không quá". */
  readonly minimumAllowed: number;
  /** Which nominations count against the cap: all of them, or only the HTXSNV path of CSTĐCS. */
  readonly appliesTo: 'all' | 'htxs_path';
}

/** A share of a collective's members, compared exactly as a fraction. */
export interface ShareParams {
  readonly percent: number;
  /** `true`: strictly more than (e.g. "trên 50 %"); `false`: at least. */
  readonly strict: boolean;
}

/**
 * A record since an earlier award, as the national awards' standards word it: "đã được tặng
 * [prior], 05 năm tiếp theo trở lên liên tục đến thời điểm đề nghị được công nhận [rating] trở lên,
 * trong thời gian đó có [htxsYears] năm hoàn thành xuất sắc nhiệm vụ và [one of anyOf]".
 */
export interface RecordSinceParams {
  /** "Đã được tặng" one of these (annual track, not revoked). */
  readonly priorAwards: readonly AwardCode[];
  /** Consecutive years after the prior award, up to the year proposed. */
  readonly years: number;
  /** Each of those years rated at least this. */
  readonly minRating: TaskRating;
  /** Of those years, how many rated "hoàn thành xuất sắc nhiệm vụ" (0: none asked). */
  readonly htxsYears: number;
  /** In that time, one of these counts of awards (either/or); empty: none asked. */
  readonly anyOf: readonly { readonly award: AwardCode; readonly count: number }[];
}

/** Parameters of every tunable rule, keyed by rule id. */
export interface RuleParams {
  readonly 'LDTT.task_rating': { readonly minRating: TaskRating };
  readonly 'LDTT.recruitment': {
    readonly minMonths: number;
    readonly measuredTo: 'year_end' | 'decision_date';
  };
  readonly 'COMMON.discipline_in_year': { readonly minBlockingLevel: DisciplineLevel };
  readonly 'COMMON.tie_break': { readonly womenShare: number; readonly favourNonLeaders: boolean };
  readonly 'CSTDCS.quota': QuotaParams;
  readonly 'CSTD_TINH.consecutive_cstdcs': { readonly years: number };
  readonly 'CSTD_TINH.initiative_reach': { readonly minScope: InitiativeScope };
  readonly 'CSTD_TINH.quota': QuotaParams;
  readonly 'TTLDTT.task_rating': { readonly minRating: TaskRating };
  readonly 'TTLDTT.ldtt_share': ShareParams;
  readonly 'TTLDTT.member_discipline': { readonly minBlockingLevel: DisciplineLevel };
  readonly 'TTLDXS.ldtt_share': ShareParams;
  readonly 'TTLDXS.cstdcs_member': { readonly minCount: number };
  readonly 'GIAY_KHEN.criteria': { readonly minRating: TaskRating };
  readonly 'BK_TINH.person_achievement': {
    readonly consecutiveCstdcs: number;
    readonly htxsYears: number;
    readonly initiatives: number;
  };
  readonly 'BK_TINH.collective_achievement': { readonly htxsYears: number };
  readonly 'CSTD_TQ.consecutive_cstd_tinh': { readonly times: number; readonly cycleYears: number };
  readonly 'CSTD_TQ.initiative_reach': { readonly minScope: InitiativeScope };
  readonly 'BK_TTG.person_record': RecordSinceParams;
  readonly 'BK_TTG.collective_record': RecordSinceParams;
  readonly 'HCLD_3.person_record': RecordSinceParams;
  readonly 'HCLD_3.collective_record': RecordSinceParams;
  readonly 'HCLD_2.person_record': RecordSinceParams;
  readonly 'HCLD_2.collective_record': RecordSinceParams;
  readonly 'HCLD_1.person_record': RecordSinceParams;
  readonly 'HCLD_1.collective_record': RecordSinceParams;
}
export type ParamRuleId = keyof RuleParams;

/** Every rule id the engine knows. */
export const RULE_IDS = [
  'COMMON.subject',
  'COMMON.track',
  'COMMON.discipline_block',
  'COMMON.discipline_in_year',
  'COMMON.initiative_once',
  'COMMON.tie_break',
  'COMMON.rules_in_force',
  'LDTT.task_rating',
  'LDTT.recruitment',
  'LDTT.special_leave',
  'CSTDCS.ldtt',
  'CSTDCS.achievement',
  'CSTDCS.quota',
  'CSTD_TINH.consecutive_cstdcs',
  'CSTD_TINH.initiative_reach',
  'CSTD_TINH.quota',
  'TTLDTT.task_rating',
  'TTLDTT.ldtt_share',
  'TTLDTT.member_discipline',
  'TTLDXS.task_rating',
  'TTLDXS.all_complete',
  'TTLDXS.ldtt_share',
  'TTLDXS.cstdcs_member',
  'GIAY_KHEN.criteria',
  'BK_TINH.person_achievement',
  'BK_TINH.collective_achievement',
  'BK_TINH.campaign_achievement',
  'CO_TINH.leads_cluster',
  'CO_TINH.ttldxs',
  'CSTD_TQ.consecutive_cstd_tinh',
  'CSTD_TQ.initiative_reach',
  'CSTD_TQ.forwarded',
  'CO_CP.leads_cluster',
  'CO_CP.excellence',
  'CO_CP.forwarded',
  'BK_TTG.person_record',
  'BK_TTG.collective_record',
  'BK_TTG.council_judgment',
  'BK_TTG.forwarded',
  'BK_BO.forwarded',
  'HCLD_3.person_record',
  'HCLD_3.collective_record',
  'HCLD_2.person_record',
  'HCLD_2.collective_record',
  'HCLD_1.person_record',
  'HCLD_1.collective_record',
  'HCLD.council_judgment',
  'HCLD.forwarded',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One award of the catalog, as a rule set configures it. */
export interface AwardDefinition {
  readonly code: AwardCode;
  /** Vietnamese name. */
  readonly name: string;
  /** `danh hiệu thi đua` (title) or `hình thức khen thưởng` (reward form): Điều 84 treats them apart. */
  readonly kind: 'title' | 'reward';
  readonly subjects: readonly Subject[];
  readonly authority: Authority;
  /** Tracks on which the award may be proposed. */
  readonly tracks: readonly Track[];
  readonly voting: VotingPolicy;
  /** Dossier items per subject. */
  readonly dossier: Readonly<Record<Subject, readonly DossierKind[]>>;
  /** Documents of `dossier` not asked in a case the law names, with the article that says so. */
  readonly dossierWaivers?: Readonly<Partial<Record<DossierKind, DossierWaiver>>>;
  /** Working-day limits per step, from a complete dossier; absent when unknown. */
  readonly timeLimitsWorkingDays: Readonly<Partial<Record<TimeLimitStep, number>>>;
  /** The eligibility rules of this award, in the order they are reported. */
  readonly ruleIds: readonly RuleId[];
  /** Where the catalog entry rests (who decides, what the award is). */
  readonly citation: string;
  readonly confirmed: boolean;
}

/**
 * When a listed document is not asked: `htxs_path`, a CSTĐCS earned by "hoàn thành xuất sắc nhiệm
 * vụ" rather than by an initiative, has no initiative to certify.
 */
export interface DossierWaiver {
  readonly when: 'htxs_path';
  readonly citation: string;
}

/** A complete, resolved rule set: national version plus any overrides in force on a date. */
export interface RuleSet {
  /** E.g. `VN-2025-ND152` or `VN-2025-ND152+ha-tinh`. */
  readonly id: string;
  /** The national version it derives from. */
  readonly nationalVersion: string;
  /** Vietnamese title. */
  readonly title: string;
  readonly effectiveFrom: IsoDate;
  /** Inclusive last day; `null` while in force. */
  readonly effectiveUntil: IsoDate | null;
  /** The "Căn cứ" list, Vietnamese. */
  readonly legalBasis: readonly string[];
  readonly awards: Readonly<Record<AwardCode, AwardDefinition>>;
  readonly rules: Readonly<Record<RuleId, RuleDefinition>>;
  readonly params: RuleParams;
  /** The province and organisation overrides applied, for the record. */
  readonly appliedOverrides: readonly AppliedOverride[];
}

export interface AppliedOverride {
  readonly scope: 'province' | 'organisation';
  readonly code: string;
  readonly effectiveFrom: IsoDate;
  readonly effectiveUntil: IsoDate | null;
  readonly basis: string;
}
