import * as z from 'zod/mini';
import { DISCIPLINE_LEVELS } from '../rules/types';
import { TASK_RATINGS } from '../vocabulary';
import { isoDate, year } from './date';
import { LIMITS } from './limits';
import { singleLineText } from './text';

/** A past year's task rating (xếp loại chất lượng), as the achievement report states it. */
export const PastRatingSchema = z.strictObject({ year, rating: z.enum(TASK_RATINGS) });

/** Proceedings that block any proposal while open (Điều 4 of the decrees), as the unit declares them. */
export const ProceedingsSchema = z.strictObject({
  underDisciplinaryReview: z.boolean(),
  underInvestigation: z.boolean(),
  pendingComplaint: z.boolean(),
});

/** A disciplinary measure with the decision that imposed it (its evidence). */
export const DisciplineRecordSchema = z.strictObject({
  level: z.enum(DISCIPLINE_LEVELS),
  decisionNumber: singleLineText(LIMITS.documentNumber),
  from: isoDate,
  /** Last day in effect; absent while it still runs. */
  until: z.optional(isoDate),
});

/**
 * Leave the law counts as working time: maternity leave (Điều 4 of the decrees) and treatment after
 * an injury on duty (khoản 5 Điều 1 Thông tư 01/2024/TT-BNV). Its evidence is a dossier document of
 * kind `leave_evidence`.
 */
export const SPECIAL_LEAVE_KINDS = ['maternity', 'injury_treatment'] as const;
export const SpecialLeaveSchema = z.strictObject({
  kind: z.enum(SPECIAL_LEAVE_KINDS),
  from: isoDate,
  to: isoDate,
});

/** The points of khoản 1 Điều 74 a Bằng khen tỉnh may rest on besides điểm d (the council's judgment). */
export const ACHIEVEMENT_POINTS = ['a', 'b', 'c'] as const;

/**
 * What the rules read about the nominee beyond this year's rating, declared by the unit with its
 * evidence: past ratings, proceedings and disciplines, special leave, and (Bằng khen tỉnh) the point
 * of Điều 74 the achievement rests on. Absent parts mean "none declared".
 */
export const NomineeFactsSchema = z.strictObject({
  pastRatings: z._default(z.array(PastRatingSchema).check(z.maxLength(LIMITS.pastRatings)), []),
  proceedings: z.optional(ProceedingsSchema),
  disciplines: z._default(z.array(DisciplineRecordSchema).check(z.maxLength(LIMITS.factRows)), []),
  specialLeave: z._default(z.array(SpecialLeaveSchema).check(z.maxLength(LIMITS.factRows)), []),
  achievementPoint: z.optional(z.enum(ACHIEVEMENT_POINTS)),
  /** A collective's members under a disciplinary measure this year, by level. */
  membersDisciplined: z.optional(
    z.partialRecord(z.enum(DISCIPLINE_LEVELS), z.int().check(z.gte(0), z.lte(LIMITS.maxMembers))),
  ),
});

export type NomineeFacts = z.output<typeof NomineeFactsSchema>;
export type NomineeFactsInput = z.input<typeof NomineeFactsSchema>;
