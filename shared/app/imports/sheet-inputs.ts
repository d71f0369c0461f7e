/** What every spreadsheet import route takes: the file's name, its header and rows of cells. */
import * as z from 'zod/mini';
import { singleLineText } from '../../domain/forms/text';
import { IMPORT_LIMITS } from '../../domain/imports/award-history-import';

const cell = z.union([z.string().check(z.maxLength(1000)), z.number(), z.boolean(), z.null()]);
const row = z.array(cell).check(z.maxLength(60));

/** The body of an import over `fields`: which column (0-based) holds each, guessed when absent. */
export function sheetImportSchema<F extends string>(fields: readonly [F, ...F[]]) {
  return z.strictObject({
    /** The file's name, for the record of the import. */
    fileName: singleLineText(255),
    header: row,
    rows: z.array(row).check(
      z.minLength(1, { message: 'Tệp không có dòng dữ liệu nào.' }),
      z.maxLength(IMPORT_LIMITS.rows, {
        message: `Mỗi lần nhập tối đa ${IMPORT_LIMITS.rows.toLocaleString('vi-VN')} dòng; hãy chia tệp.`,
      }),
    ),
    mapping: z.optional(z.partialRecord(z.enum(fields), z.int().check(z.gte(0), z.lte(59)))),
    /** Write the valid rows and leave the others (else any error refuses the whole file). */
    skipInvalid: z.optional(z.boolean()),
  });
}
