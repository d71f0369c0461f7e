/**
 * What every spreadsheet import route takes: the file's name, and either the sheet read in the
 * browser (its header and rows of cells) or the .xlsx itself, base64-encoded, for programs.
 */
import * as z from 'zod/mini';
import { formatViDecimal, formatViInteger } from '../../domain/format/vi-number';
import { singleLineText } from '../../domain/forms/text';
import { IMPORT_LIMITS } from '../../domain/imports/award-history-import';

const cell = z.union([z.string().check(z.maxLength(1000)), z.number(), z.boolean(), z.null()]);
const row = z.array(cell).check(z.maxLength(60));
const mb = (bytes: number) => formatViDecimal(bytes / 1024 / 1024, 2);

/** The rows a file may hold, and the message above it. */
export const rowsOfSheet = z.array(row).check(
  z.minLength(1, { message: 'Tệp không có dòng dữ liệu nào.' }),
  z.maxLength(IMPORT_LIMITS.rows, {
    message: `Mỗi lần nhập tối đa ${formatViInteger(IMPORT_LIMITS.rows)} dòng; hãy chia tệp.`,
  }),
);

/** The body of an import over `fields`: which column (0-based) holds each, guessed when absent. */
export function sheetImportSchema<F extends string>(fields: readonly [F, ...F[]]) {
  return z
    .strictObject({
      /** The file's name, for the record of the import. */
      fileName: singleLineText(255),
      /** The .xlsx itself, base64-encoded (instead of `header` and `rows`). */
      file: z.optional(
        z.string().check(
          z.maxLength(Math.ceil(IMPORT_LIMITS.bytes / 3) * 4, {
            message: `Tệp lớn hơn ${mb(IMPORT_LIMITS.bytes)} MB; hãy chia thành nhiều tệp.`,
          }),
          z.regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'Tệp phải được gửi dưới dạng base64.' }),
        ),
      ),
      header: z.optional(row),
      rows: z.optional(rowsOfSheet),
      /** The sheet row of `header` (1 when absent), so that rows are named as the sheet numbers them. */
      headerRow: z.optional(z.int().check(z.gte(1), z.lte(1000))),
      mapping: z.optional(z.partialRecord(z.enum(fields), z.int().check(z.gte(0), z.lte(59)))),
      /** Write the valid rows and leave the others (else any error refuses the whole file). */
      skipInvalid: z.optional(z.boolean()),
    })
    .check(
      z.refine((body) => (body.file === undefined) !== (body.rows === undefined), {
        path: ['file'],
        message: 'Gửi hoặc tệp (file), hoặc các dòng đã đọc (header, rows); không gửi cả hai.',
      }),
    );
}
