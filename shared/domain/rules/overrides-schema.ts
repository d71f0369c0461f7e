/**
 * The schema of a province override file (`config/rules/<province>.json`). Strict: an unknown key
 * is an error, so a misspelt rule id or parameter cannot be silently ignored. Messages are
 * Vietnamese because the people who edit these files read them.
 */
import * as z from 'zod/mini';
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
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang.' }),
  );
const nonEmpty = (what: string) =>
  z.string().check(z.trim(), z.minLength(1, { error: `${what} không được để trống.` }));

const unknownKey = (where: string) => ({
  error: (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `${where}: trường không được hỗ trợ "${(issue.keys ?? []).join('", "')}".`
      : undefined,
});

const percent = z.number({ error: 'Tỷ lệ phải là số.' }).check(
  z.gte(0, { error: 'Tỷ lệ không được âm.' }),
  z.lte(100, { error: 'Tỷ lệ không được vượt quá 100 %.' }),
  z.refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, {
    error: 'Tỷ lệ chỉ được có tối đa hai chữ số thập phân.',
  }),
);
const count = z.int({ error: 'Phải là số nguyên.' }).check(z.gte(0, { error: 'Không được âm.' }));
const positiveCount = z.int({ error: 'Phải là số nguyên.' }).check(z.gte(1, { error: 'Phải từ 1 trở lên.' }));
const rating = z.enum(TASK_RATINGS, { error: `Xếp loại phải là một trong: ${TASK_RATINGS.join(', ')}.` });
const disciplineLevel = z.enum(DISCIPLINE_LEVELS, {
  error: `Mức kỷ luật phải là một trong: ${DISCIPLINE_LEVELS.join(', ')}.`,
});

const quota = {
  percent: z.optional(z.nullable(percent)),
  base: z.optional(z.enum(AWARD_CODES, { error: 'Mã danh hiệu không hợp lệ.' })),
  rounding: z.optional(
    z.enum(ROUNDING_MODES, { error: `Cách làm tròn phải là một trong: ${ROUNDING_MODES.join(', ')}.` }),
  ),
  minimumAllowed: z.optional(count),
  appliesTo: z.optional(
    z.enum(['all', 'htxs_path'], { error: 'Phạm vi áp dụng phải là "all" hoặc "htxs_path".' }),
  ),
};
const share = { percent: z.optional(percent), strict: z.optional(z.boolean()) };
const awardCode = z.enum(AWARD_CODES, { error: 'Mã danh hiệu không hợp lệ.' });
/** The record-since standard of Bằng khen Thủ tướng and Huân chương Lao động (types.ts). */
const recordSince = {
  priorAwards: z.optional(z.array(awardCode).check(z.minLength(1))),
  years: z.optional(positiveCount),
  minRating: z.optional(rating),
  htxsYears: z.optional(count),
  anyOf: z.optional(
    z.array(z.strictObject({ award: awardCode, count: positiveCount }, unknownKey('Điều kiện'))),
  ),
};

/** Parameter overrides by rule id; every field is optional (a partial override). */
const PARAM_SHAPES = {
  'LDTT.task_rating': { minRating: z.optional(rating) },
  'LDTT.recruitment': {
    minMonths: z.optional(count),
    measuredTo: z.optional(
      z.enum(['year_end', 'decision_date'], { error: 'Chỉ nhận "year_end" hoặc "decision_date".' }),
    ),
  },
  'COMMON.discipline_in_year': { minBlockingLevel: z.optional(disciplineLevel) },
  'COMMON.tie_break': { womenShare: z.optional(percent), favourNonLeaders: z.optional(z.boolean()) },
  'CSTDCS.quota': quota,
  'CSTD_TINH.consecutive_cstdcs': { years: z.optional(positiveCount) },
  'CSTD_TINH.initiative_reach': {
    minScope: z.optional(z.enum(INITIATIVE_SCOPES, { error: 'Phạm vi sáng kiến không hợp lệ.' })),
  },
  'CSTD_TINH.quota': quota,
  'TTLDTT.task_rating': { minRating: z.optional(rating) },
  'TTLDTT.ldtt_share': share,
  'TTLDTT.member_discipline': { minBlockingLevel: z.optional(disciplineLevel) },
  'TTLDXS.ldtt_share': share,
  'TTLDXS.cstdcs_member': { minCount: z.optional(count) },
  'GIAY_KHEN.criteria': { minRating: z.optional(rating) },
  'BK_TINH.person_achievement': {
    consecutiveCstdcs: z.optional(positiveCount),
    htxsYears: z.optional(positiveCount),
    initiatives: z.optional(count),
  },
  'BK_TINH.collective_achievement': { htxsYears: z.optional(positiveCount) },
  'CSTD_TQ.consecutive_cstd_tinh': {
    times: z.optional(positiveCount),
    cycleYears: z.optional(positiveCount),
  },
  'CSTD_TQ.initiative_reach': {
    minScope: z.optional(z.enum(INITIATIVE_SCOPES, { error: 'Phạm vi sáng kiến không hợp lệ.' })),
  },
  'BK_TTG.person_record': recordSince,
  'BK_TTG.collective_record': recordSince,
  'HCLD_3.person_record': recordSince,
  'HCLD_3.collective_record': recordSince,
  'HCLD_2.person_record': recordSince,
  'HCLD_2.collective_record': recordSince,
  'HCLD_1.person_record': recordSince,
  'HCLD_1.collective_record': recordSince,
} as const;

function ruleOverride<S extends z.core.$ZodLooseShape>(id: string, shape: S) {
  return z.optional(
    z.strictObject({ enabled: z.optional(z.boolean()), ...shape }, unknownKey(`Quy tắc ${id}`)),
  );
}
type ParamShapes = typeof PARAM_SHAPES;
type ParamOverrideShapes = { [K in keyof ParamShapes]: ReturnType<typeof ruleOverride<ParamShapes[K]>> };
type PlainOverrideShapes = Record<
  Exclude<RuleId, keyof ParamShapes>,
  ReturnType<typeof ruleOverride<Record<never, never>>>
>;

/** Every rule id may be switched on or off; the tunable ones also take their parameters. */
const ruleOverrideShape = Object.fromEntries(
  RULE_IDS.map((id) => [
    id,
    ruleOverride(id, (PARAM_SHAPES as Record<string, z.core.$ZodLooseShape>)[id] ?? {}),
  ]),
) as ParamOverrideShapes & PlainOverrideShapes;

const fraction = z
  .strictObject({ num: count, den: positiveCount }, unknownKey('Phân số'))
  .check(z.refine((f) => f.num <= f.den, { error: 'Tử số không được lớn hơn mẫu số.' }));

const votingPolicy = z.strictObject(
  {
    ballot: z.enum(['open', 'secret'], { error: 'Hình thức biểu quyết phải là "open" hoặc "secret".' }),
    quorum: fraction,
    threshold: fraction,
    denominator: z.enum(['all_members', 'eligible_members', 'present_members'], {
      error: 'Cách tính tỷ lệ phải là "all_members", "eligible_members" hoặc "present_members".',
    }),
    writtenOpinionsAllowed: z.boolean(),
  },
  unknownKey('Quy định biểu quyết'),
);

const awardOverride = z.strictObject(
  {
    voting: z.optional(votingPolicy),
    timeLimitsWorkingDays: z.optional(
      z.partialRecord(z.enum(TIME_LIMIT_STEPS, { error: 'Bước xử lý không hợp lệ.' }), positiveCount),
    ),
    tracks: z.optional(
      z.array(z.enum(TRACKS, { error: 'Loại hình khen thưởng không hợp lệ.' })).check(z.minLength(1)),
    ),
  },
  unknownKey('Danh hiệu'),
);

const period = z
  .strictObject(
    {
      effectiveFrom: isoDate,
      effectiveUntil: z.optional(z.nullable(isoDate)),
      basis: nonEmpty('Căn cứ (văn bản quy định)'),
      confirmed: z.boolean({ error: 'Phải ghi rõ đã xác nhận văn bản hay chưa (true/false).' }),
      rules: z.optional(z.strictObject(ruleOverrideShape, unknownKey('Danh sách quy tắc'))),
      awards: z.optional(
        z.partialRecord(z.enum(AWARD_CODES, { error: 'Mã danh hiệu không hợp lệ.' }), awardOverride),
      ),
    },
    unknownKey('Giai đoạn áp dụng'),
  )
  .check(
    z.refine((p) => p.effectiveUntil == null || p.effectiveFrom <= p.effectiveUntil, {
      error: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
      path: ['effectiveUntil'],
    }),
  );

/** Periods of one scope must not overlap: on any date at most one applies. */
const periods = z.array(period).check(
  z.superRefine((list, ctx) => {
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
  }),
);

/** A province override file. */
export const provinceRuleOverridesSchema = z.strictObject(
  {
    province: code,
    name: nonEmpty('Tên tỉnh'),
    notes: z.optional(z.array(z.string())),
    periods,
    organisations: z.optional(
      z.record(code, z.strictObject({ name: nonEmpty('Tên cơ quan'), periods }, unknownKey('Cơ quan'))),
    ),
  },
  unknownKey('Tệp cấu hình quy tắc'),
);

export type ProvinceRuleOverrides = z.infer<typeof provinceRuleOverridesSchema>;
export type OverridePeriod = z.infer<typeof period>;
