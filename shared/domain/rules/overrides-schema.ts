/**
 * The schema of a province override file (`config/rules/<province>.json`). Strict: an unknown key
 * is an error, so a misspelt rule id or parameter cannot be silently ignored. Messages are
 * Vietnamese because the people who edit these files read them.
 */
import * as z from 'zod';
import { AWARD_CODES, TASK_RATINGS, TRACKS } from '../vocabulary';
import {
  DISCIPLINE_LEVELS,
  INITIATIVE_SCOPES,
  ROUNDING_MODES,
  RULE_IDS,
  type RuleId,
  TIME_LIMIT_STEPS,
} from './types';

const isoDate = z.iso.date({ error: 'Ngày phải theo định dạng yyyy-mm-dd.' });
const code = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang.' });
const nonEmpty = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} không được để trống.` });

const percent = z
  .number({ error: 'Tỷ lệ phải là số.' })
  .min(0, { error: 'Tỷ lệ không được âm.' })
  .max(100, { error: 'Tỷ lệ không được vượt quá 100 %.' })
  .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, {
    error: 'Tỷ lệ chỉ được có tối đa hai chữ số thập phân.',
  });
const count = z.number().int({ error: 'Phải là số nguyên.' }).min(0, { error: 'Không được âm.' });
const positiveCount = z.number().int({ error: 'Phải là số nguyên.' }).min(1, { error: 'Phải từ 1 trở lên.' });
const rating = z.enum(TASK_RATINGS, { error: `Xếp loại phải là một trong: ${TASK_RATINGS.join(', ')}.` });
const disciplineLevel = z.enum(DISCIPLINE_LEVELS, {
  error: `Mức kỷ luật phải là một trong: ${DISCIPLINE_LEVELS.join(', ')}.`,
});

const quota = {
  percent: percent.nullable().optional(),
  base: z.enum(AWARD_CODES, { error: 'Mã danh hiệu không hợp lệ.' }).optional(),
  rounding: z
    .enum(ROUNDING_MODES, { error: `Cách làm tròn phải là một trong: ${ROUNDING_MODES.join(', ')}.` })
    .optional(),
  minimumAllowed: count.optional(),
  appliesTo: z
    .enum(['all', 'htxs_path'], { error: 'Phạm vi áp dụng phải là "all" hoặc "htxs_path".' })
    .optional(),
};
const share = { percent: percent.optional(), strict: z.boolean().optional() };

/** Parameter overrides by rule id; every field is optional (a partial override). */
const PARAM_SHAPES = {
  'LDTT.task_rating': { minRating: rating.optional() },
  'LDTT.recruitment': {
    minMonths: count.optional(),
    measuredTo: z
      .enum(['year_end', 'decision_date'], { error: 'Chỉ nhận "year_end" hoặc "decision_date".' })
      .optional(),
  },
  'COMMON.discipline_in_year': { minBlockingLevel: disciplineLevel.optional() },
  'CSTDCS.quota': quota,
  'CSTD_TINH.consecutive_cstdcs': { years: positiveCount.optional() },
  'CSTD_TINH.initiative_reach': {
    minScope: z.enum(INITIATIVE_SCOPES, { error: 'Phạm vi sáng kiến không hợp lệ.' }).optional(),
  },
  'CSTD_TINH.quota': quota,
  'TTLDTT.task_rating': { minRating: rating.optional() },
  'TTLDTT.ldtt_share': share,
  'TTLDTT.member_discipline': { minBlockingLevel: disciplineLevel.optional() },
  'TTLDXS.ldtt_share': share,
  'TTLDXS.cstdcs_member': { minCount: count.optional() },
  'GIAY_KHEN.criteria': { minRating: rating.optional() },
  'BK_TINH.person_achievement': {
    consecutiveCstdcs: positiveCount.optional(),
    htxsYears: positiveCount.optional(),
    initiatives: count.optional(),
  },
  'BK_TINH.collective_achievement': { htxsYears: positiveCount.optional() },
} as const;

const unknownKey = (where: string) => ({
  error: (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `${where}: trường không được hỗ trợ "${(issue.keys ?? []).join('", "')}".`
      : undefined,
});

function ruleOverride<S extends z.ZodRawShape>(id: string, shape: S) {
  return z
    .strictObject({ enabled: z.boolean().optional(), ...shape }, unknownKey(`Quy tắc ${id}`))
    .optional();
}
type ParamShapes = typeof PARAM_SHAPES;
type ParamOverrideShapes = { [K in keyof ParamShapes]: ReturnType<typeof ruleOverride<ParamShapes[K]>> };
type PlainOverrideShapes = Record<
  Exclude<RuleId, keyof ParamShapes>,
  ReturnType<typeof ruleOverride<Record<never, never>>>
>;

/** Every rule id may be switched on or off; the tunable ones also take their parameters. */
const ruleOverrideShape = Object.fromEntries(
  RULE_IDS.map((id) => [id, ruleOverride(id, (PARAM_SHAPES as Record<string, z.ZodRawShape>)[id] ?? {})]),
) as ParamOverrideShapes & PlainOverrideShapes;

const fraction = z
  .strictObject({ num: count, den: positiveCount }, unknownKey('Phân số'))
  .refine((f) => f.num <= f.den, { error: 'Tử số không được lớn hơn mẫu số.' });

const votingPolicy = z.strictObject(
  {
    ballot: z.enum(['open', 'secret'], { error: 'Hình thức biểu quyết phải là "open" hoặc "secret".' }),
    quorum: fraction,
    threshold: fraction,
    denominator: z.enum(['all_members', 'present_members'], {
      error: 'Cách tính tỷ lệ phải là "all_members" hoặc "present_members".',
    }),
    writtenOpinionsAllowed: z.boolean(),
  },
  unknownKey('Quy định biểu quyết'),
);

const awardOverride = z.strictObject(
  {
    voting: votingPolicy.optional(),
    timeLimitsWorkingDays: z
      .partialRecord(z.enum(TIME_LIMIT_STEPS, { error: 'Bước xử lý không hợp lệ.' }), positiveCount)
      .optional(),
    tracks: z
      .array(z.enum(TRACKS, { error: 'Loại hình khen thưởng không hợp lệ.' }))
      .min(1)
      .optional(),
  },
  unknownKey('Danh hiệu'),
);

const period = z
  .strictObject(
    {
      effectiveFrom: isoDate,
      effectiveUntil: isoDate.nullable().optional(),
      basis: nonEmpty('Căn cứ (văn bản quy định)'),
      confirmed: z.boolean({ error: 'Phải ghi rõ đã xác nhận văn bản hay chưa (true/false).' }),
      rules: z.strictObject(ruleOverrideShape, unknownKey('Danh sách quy tắc')).optional(),
      awards: z
        .partialRecord(z.enum(AWARD_CODES, { error: 'Mã danh hiệu không hợp lệ.' }), awardOverride)
        .optional(),
    },
    unknownKey('Giai đoạn áp dụng'),
  )
  .refine((p) => p.effectiveUntil == null || p.effectiveFrom <= p.effectiveUntil, {
    error: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
    path: ['effectiveUntil'],
  });

/** Periods of one scope must not overlap: on any date at most one applies. */
const periods = z.array(period).superRefine((list, ctx) => {
  const sorted = list
    .map((p, index) => ({ ...p, index }))
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const next = sorted[i];
    if (prev && next && (prev.effectiveUntil == null || prev.effectiveUntil >= next.effectiveFrom)) {
      ctx.addIssue({
        code: 'custom',
        path: [next.index, 'effectiveFrom'],
        message: `Giai đoạn bắt đầu ${next.effectiveFrom} trùng thời gian với giai đoạn bắt đầu ${prev.effectiveFrom}.`,
      });
    }
  }
});

/** A province override file. */
export const provinceRuleOverridesSchema = z.strictObject(
  {
    province: code,
    name: nonEmpty('Tên tỉnh'),
    notes: z.array(z.string()).optional(),
    periods,
    organisations: z
      .record(code, z.strictObject({ name: nonEmpty('Tên cơ quan'), periods }, unknownKey('Cơ quan')))
      .optional(),
  },
  unknownKey('Tệp cấu hình quy tắc'),
);

export type ProvinceRuleOverrides = z.infer<typeof provinceRuleOverridesSchema>;
export type OverridePeriod = z.infer<typeof period>;
