/** The body of the award-history import routes: the sheet's header and rows, and the column mapping. */
import * as z from 'zod/mini';
import { singleLineText } from '../../domain/forms/text';
import { AWARD_HISTORY_FIELDS, IMPORT_LIMITS } from '../../domain/imports/award-history-import';

const cell = z.union([z.string().check(z.maxLength(1000)), z.number(), z.boolean(), z.null()]);
const row = z.array(cell).check(z.maxLength(60));

export const AwardHistoryImportSchema = z.strictObject({
  /** The file's name, for the record of the import. */
  fileName: singleLineText(255),
  header: row,
  rows: z.array(row).check(
    z.minLength(1, { message: 'Tệp không có dòng dữ liệu nào.' }),
    z.maxLength(IMPORT_LIMITS.rows, {
      message: `Mỗi lần nhập tối đa ${IMPORT_LIMITS.rows.toLocaleString('vi-VN')} dòng; hãy chia tệp.`,
    }),
  ),
  /** Which column (0-based) holds each field; guessed from the header when absent. */
  mapping: z.optional(z.partialRecord(z.enum(AWARD_HISTORY_FIELDS), z.int().check(z.gte(0), z.lte(59)))),
  /** Write the valid rows and leave the others (else any error refuses the whole file). */
  skipInvalid: z.optional(z.boolean()),
});
export type AwardHistoryImportInput = z.output<typeof AwardHistoryImportSchema>;
