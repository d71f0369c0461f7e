import { ValidationError } from '../../domain/errors';
import type { Cell } from '../../domain/imports/cells';
import { locateHeader } from '../../domain/imports/columns';
import { readWorkbook, WorkbookError } from '../../files/workbook';
import { rowsOfSheet } from './sheet-inputs';

/** A sheet ready to check: its header, the rows under it, and the sheet row of the first one. */
export interface SheetRows {
  readonly header: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  readonly firstRow: number;
  /** Merged ranges filled from their first cell (a file sent whole only). */
  readonly merged: readonly string[];
}

interface SheetBody {
  readonly file?: string;
  readonly header?: readonly Cell[];
  readonly rows?: readonly (readonly Cell[])[];
  readonly headerRow?: number;
}

const fileIssue = (code: string, message: string) =>
  new ValidationError([{ path: 'body.file', code, message }], message);

/**
 * The rows of an import: as the browser read them, or read here from the .xlsx a program sent,
 * its header found under any title lines by the columns it names (`guess`).
 */
export async function sheetOf(
  body: SheetBody,
  guess: (header: readonly Cell[]) => Partial<Record<string, number>>,
): Promise<SheetRows> {
  if (body.file === undefined)
    return {
      header: body.header ?? [],
      rows: body.rows ?? [],
      firstRow: (body.headerRow ?? 1) + 1,
      merged: [],
    };
  let workbook: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    workbook = await readWorkbook(new Uint8Array(Buffer.from(body.file, 'base64')));
  } catch (error) {
    if (error instanceof WorkbookError) throw fileIssue(`file_${error.problem}`, error.message);
    throw error;
  }
  const at = locateHeader(workbook.cells, guess);
  const rows = workbook.cells.slice(at + 1);
  const checked = rowsOfSheet.safeParse(rows);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const index = issue?.path[0];
    const where = typeof index === 'number' ? `Dòng ${at + 2 + index}: ` : '';
    throw fileIssue('file_rows', `${where}${issue?.message ?? 'Tệp không hợp lệ.'}`);
  }
  return { header: workbook.cells[at] ?? [], rows, firstRow: at + 2, merged: workbook.merged };
}
