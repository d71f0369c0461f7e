/**
 * The first sheet of an .xlsx, as rows of cells at their sheet coordinates (row r of the sheet at
 * index r - 1, column A at 0), for the browser and for the import functions alike. The cells come
 * from `read-excel-file`; what that library leaves out and offices rely on is read here from the
 * sheet's XML: merged cells (a unit's name merged down its staff rows) are filled with their
 * first cell's value, and a formula whose value was never computed (a file written by a program,
 * not saved by Excel) or that ends in an error is refused, naming the cells, rather than read as
 * empty.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import type { Cell } from '../domain/imports/cells';
import { SHEET_FILE_MESSAGES, sheetFileKind } from '../domain/imports/file-kind';

export interface Workbook {
  readonly cells: readonly (readonly Cell[])[];
  /** The merged ranges that were filled, as Excel names them (`B4:B9`). */
  readonly merged: readonly string[];
}

export type WorkbookProblem = 'protected_or_xls' | 'not_a_workbook' | 'unreadable' | 'formula_without_value';

/** A file that cannot be imported, with the words the user can act on. */
export class WorkbookError extends Error {
  constructor(
    readonly problem: WorkbookProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The widest row the imports take (`sheetImportSchema`). */
const MAX_COLUMNS = 60;

const UNREADABLE = 'Không đọc được bảng tính trong tệp; hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx.';

/** A cell as the imports take it: dates as `yyyy-mm-dd` (the reader gives Date objects). */
const toCell = (value: unknown): Cell =>
  value instanceof Date
    ? value.toISOString().slice(0, 10)
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : null;

export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const kind = sheetFileKind(bytes.subarray(0, 8));
  if (kind !== 'xlsx') throw new WorkbookError(kind, SHEET_FILE_MESSAGES[kind]);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let data: readonly (readonly unknown[])[];
  let sheetXml: string | undefined;
  try {
    data = await readSheet(buffer);
    sheetXml = firstSheetXml(bytes);
  } catch {
    throw new WorkbookError('unreadable', UNREADABLE);
  }
  const cells = data.map((row) => row.map(toCell));
  if (!sheetXml) return { cells, merged: [] };

  const unfinished = formulasWithoutValue(sheetXml);
  if (unfinished.length > 0)
    throw new WorkbookError(
      'formula_without_value',
      `Ô ${listed(unfinished)} có công thức chưa tính được giá trị (hoặc báo lỗi như #DIV/0!, #N/A). Hãy mở tệp bằng Excel, sửa công thức hoặc thay bằng giá trị, rồi lưu lại.`,
    );
  const merged = mergedRanges(sheetXml);
  return { cells: fillMerged(cells, merged), merged };
}

const listed = (refs: readonly string[]) =>
  refs.length > 5 ? `${refs.slice(0, 5).join(', ')} và ${refs.length - 5} ô khác` : refs.join(', ');

/** The XML of the workbook's first sheet, found through the workbook and its relationships. */
function firstSheetXml(bytes: Uint8Array): string | undefined {
  // One pass over the archive: the workbook, its relationships and the sheets (the first is found
  // by name below); a workbook's other parts (styles, strings, media) are not inflated.
  const files = unzipSync(bytes, {
    filter: (file) =>
      file.name === 'xl/workbook.xml' ||
      file.name === 'xl/_rels/workbook.xml.rels' ||
      file.name.startsWith('xl/worksheets/'),
  });
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return undefined;
  const relId = /<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]+)"/.exec(strFromU8(workbook))?.[1];
  if (!relId) return undefined;
  const relsXml = strFromU8(rels);
  const target =
    new RegExp(`<Relationship\\b[^>]*?\\bId="${relId}"[^>]*?\\bTarget="([^"]+)"`).exec(relsXml)?.[1] ??
    new RegExp(`<Relationship\\b[^>]*?\\bTarget="([^"]+)"[^>]*?\\bId="${relId}"`).exec(relsXml)?.[1];
  const path = target?.replace(/^\//, '');
  if (!path) return undefined;
  const sheet = files[path.startsWith('xl/') ? path : `xl/${path}`];
  return sheet ? strFromU8(sheet) : undefined;
}

/** Cells holding a formula with no computed value, or whose value is an error (`t="e"`). */
function formulasWithoutValue(xml: string): string[] {
  const refs: string[] = [];
  for (const match of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, attributes = '', body = ''] = match;
    if (!/<f[\s>/]/.test(body)) continue;
    const hasValue = /<v>[^<]*<\/v>/.test(body) || /<is>/.test(body);
    const isError = /\bt="e"/.test(attributes);
    if (!hasValue || isError) refs.push(/\br="([A-Z]+\d+)"/.exec(attributes)?.[1] ?? '?');
  }
  return refs;
}

function mergedRanges(xml: string): string[] {
  return [...xml.matchAll(/<mergeCell\b[^>]*?\bref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((m) => m[1] as string);
}

/** `B4` → row index 3, column index 1. */
function coordinates(ref: string): { row: number; column: number } {
  const [, letters = 'A', digits = '1'] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
  const column = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, column };
}

/** Every cell of a merged range takes the value of its first cell, as the office reads it. */
function fillMerged(cells: readonly (readonly Cell[])[], ranges: readonly string[]): Cell[][] {
  const out = cells.map((row) => [...row]);
  for (const range of ranges) {
    const [from = '', to = ''] = range.split(':');
    const start = coordinates(from);
    const end = coordinates(to);
    const value = out[start.row]?.[start.column] ?? null;
    for (let r = start.row; r <= end.row && r < out.length; r++) {
      const row = out[r] as Cell[];
      // Capped at the widest row an import takes: a range to column XFD must not fill 16,384 cells.
      for (let c = start.column; c <= Math.min(end.column, MAX_COLUMNS - 1); c++) {
        if (c >= row.length) row.length = c + 1;
        row[c] = value;
      }
    }
  }
  return out.map((row) => Array.from(row, (cell) => cell ?? null));
}
