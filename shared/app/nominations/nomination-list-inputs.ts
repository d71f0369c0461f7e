/** The body of a unit's list proposal: one tờ trình and its documents, many rows. */
import * as z from 'zod/mini';
import { year } from '../../domain/forms/date';
import { DossierItemSchema } from '../../domain/forms/dossier-item';
import { InitiativeClaimSchema } from '../../domain/forms/initiative-claim';
import { LIMITS } from '../../domain/forms/limits';
import { identifier } from '../../domain/forms/text';
import { AWARD_CODES, TASK_RATINGS } from '../../domain/vocabulary';

/** A unit proposes at most this many in one list (a unit of 200 is a large one). */
export const MAX_LIST_ROWS = 200;

export const ListRowSchema = z.strictObject({
  /** A person of the unit; absent: the unit itself (the collective). */
  personId: z.optional(identifier(LIMITS.id)),
  awardCode: z.enum(AWARD_CODES),
  /** Xếp loại chất lượng năm of the person or the collective. */
  taskRating: z.enum(TASK_RATINGS),
  initiatives: z._default(z.array(InitiativeClaimSchema).check(z.maxLength(LIMITS.initiatives)), []),
  /** The row's own documents, beside the list's (a CSTĐCS's decision recognising its initiative). */
  documents: z._default(z.array(DossierItemSchema).check(z.maxLength(LIMITS.dossierItems)), []),
  /**
   * The unit's row only: its staff rated "hoàn thành nhiệm vụ" or better this year (the list's
   * ratings of everyone, proposed or not), for the collective's "100 % complete their tasks".
   */
  completingTaskCount: z.optional(z.int().check(z.gte(0), z.lte(LIMITS.maxMembers))),
});
export type ListRow = z.output<typeof ListRowSchema>;

export const NominationListSchema = z.strictObject({
  campaignId: z.optional(identifier(LIMITS.id)),
  year,
  /** The list's own documents (the unit's tờ trình, the minutes, the list of achievements): every row carries them. */
  documents: z.array(DossierItemSchema).check(z.minLength(1), z.maxLength(LIMITS.dossierItems)),
  rows: z
    .array(ListRowSchema)
    .check(
      z.minLength(1, { message: 'Danh sách chưa có ai.' }),
      z.maxLength(MAX_LIST_ROWS, { message: `Mỗi danh sách tối đa ${MAX_LIST_ROWS} đề nghị.` }),
    ),
});
export type NominationListInput = z.output<typeof NominationListSchema>;
