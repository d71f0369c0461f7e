/**
 * A statistical form as a grid of cells, laid out as Thông tư 02/2023/TT-BNV prints it: the
 * header block, the column headers merged level by level over "Chia ra", the A/B/C/1… line, the
 * rows, and the signatures. One grid for the screen's table and the Excel sheet, so both read alike.
 */

import type { getSectorForms } from '../../../shared/http/routes/reports';
import type { AnswerOf } from '../api/types';

export type SectorForms = AnswerOf<typeof getSectorForms>;
export type SectorFormView = SectorForms['forms'][number];

export interface GridCell {
  readonly text: string | number;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: 'left' | 'center' | 'right';
}
/** A row of the grid; `null` where a cell above or to the left spans over. */
export type GridRow = readonly (GridCell | null)[];

export interface FormGrid {
  /** Columns left of the counts: the row's name, Mã số, and Đơn vị tính where the form has it. */
  readonly leading: number;
  readonly width: number;
  readonly header: readonly GridRow[];
  readonly numbers: GridRow;
  readonly body: readonly GridRow[];
}

const samePrefix = (a: readonly string[], b: readonly string[], upTo: number) =>
  a.length > upTo && b.length > upTo && a.slice(0, upTo + 1).every((part, i) => part === b[i]);

/** The form's table: header levels merged where neighbouring columns share a header. */
export function formGrid(form: SectorFormView): FormGrid {
  const leading = form.hasUnitColumn ? 3 : 2;
  const paths = form.columns.map((c) => c.path);
  const depth = Math.max(1, ...paths.map((p) => p.length));
  const height = 1 + depth;
  const width = leading + 1 + paths.length;
  const fixed = (text: string): GridCell => ({ text, rowSpan: height, bold: true, align: 'center' });
  const top: (GridCell | null)[] = [
    fixed(''),
    fixed('Mã số'),
    ...(form.hasUnitColumn ? [fixed('Đơn vị tính')] : []),
    fixed('Tổng số'),
    { text: form.columnsTitle, colSpan: paths.length, bold: true, align: 'center' },
    ...paths.slice(1).map(() => null),
  ];
  const levels: GridRow[] = [];
  for (let level = 0; level < depth; level += 1) {
    const row: (GridCell | null)[] = Array.from({ length: leading + 1 }, () => null);
    paths.forEach((path, j) => {
      const previous = paths[j - 1];
      if (path.length <= level || (previous && samePrefix(previous, path, level))) {
        row.push(null);
        return;
      }
      let span = 1;
      while (paths[j + span] && samePrefix(path, paths[j + span] as string[], level)) span += 1;
      row.push({
        text: path[level] ?? '',
        ...(span > 1 ? { colSpan: span } : {}),
        ...(path.length === level + 1 && depth - level > 1 ? { rowSpan: depth - level } : {}),
        bold: true,
        align: 'center',
      });
    });
    levels.push(row);
  }
  // The column numbers: one per top-level group, as the circular numbers them.
  const numbers: (GridCell | null)[] = [
    ...['A', 'B', ...(form.hasUnitColumn ? ['C'] : []), '1'].map((text) => ({
      text,
      bold: true,
      align: 'center' as const,
    })),
  ];
  let group = 1;
  paths.forEach((path, j) => {
    const previous = paths[j - 1];
    if (previous && previous[0] === path[0]) {
      numbers.push(null);
      return;
    }
    group += 1;
    let span = 1;
    while (paths[j + span]?.[0] === path[0]) span += 1;
    numbers.push({
      text: String(group),
      ...(span > 1 ? { colSpan: span } : {}),
      bold: true,
      align: 'center',
    });
  });
  const body: GridRow[] = form.rows.map((row) => {
    const strong = row.heading === true || row.code === '01';
    return [
      { text: row.label, bold: strong, align: 'left' },
      { text: row.code ?? '', align: 'center' },
      ...(form.hasUnitColumn ? [{ text: row.unit ?? '', align: 'center' as const }] : []),
      ...(row.values ?? Array.from({ length: paths.length + 1 }, () => '')).map((value) => ({
        text: value,
        bold: strong,
        align: 'right' as const,
      })),
    ];
  });
  return { leading, width, header: [top, ...levels], numbers, body };
}
